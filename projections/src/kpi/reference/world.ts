/**
 * The reference's first half: the world as known at an instant, built from a plain list of events
 * in the most obvious way. Nothing here is fast; everything here should read like the
 * methodology's "Precise rules". The KPIs (kpis.ts) are then small functions over this world.
 */

/** An event as the projection receives it: its type, its data, and when the store recorded it. */
export interface ReferenceEvent {
  readonly type: string;
  readonly data: unknown;
  readonly metadata: { readonly recordedAt: string };
}

/** A calendar day in Asia/Almaty, written YYYY-MM-DD: such strings order as the days do. */
export type Day = string;

export interface Risk {
  readonly riskId: string;
  readonly region: string;
  /** "A risk sits in exactly one unit": the central body it was submitted for, else its region. */
  readonly unit: string;
  /** Its district's KATO code; null when it names none (it counts at region level only). */
  district: string | null;
  sphere: string;
  causeCategory: string;
  source: string;
  /** Trimmed, spaces collapsed, case-folded: the name the methodology groups by. */
  organization: string;
  process: string;
  readonly identifiedOn: Day;
  /** The date of the earliest transformation that names it; null while none does. */
  removedOn: Day | null;
}

export interface Recommendation {
  readonly recommendationId: string;
  readonly risk: Risk;
  readonly issuedOn: Day;
  /** The latest due date: the move with the latest business date (the last recorded among equals), else the one issued with. */
  readonly dueOn: Day;
  readonly implementedOn: Day | null;
  readonly rejectedOn: Day | null;
}

export interface RightRestored {
  readonly caseId: string;
  readonly region: string;
  /** Its own unit, as its event names it (the body it was submitted for, else its region). */
  readonly unit: string;
  /** Its own, else its risk's; null when neither is known. */
  readonly sphere: string | null;
  readonly organization: string;
  /** The risk it names, when that risk is known; cause category and source come only through it. */
  readonly risk: Risk | null;
  readonly occurredOn: Day;
  readonly people: number;
  /** Money in tiyn (KZT x 100), so that sums are exact. */
  readonly tiyn: number;
}

export interface World {
  readonly risks: readonly Risk[];
  readonly recommendations: readonly Recommendation[];
  readonly rights: readonly RightRestored[];
}

/** "Organization and process match after trimming, collapsing spaces and case-folding." */
export const normalise = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** "Days to removal is the whole number of calendar days between the two business dates." */
export const daysBetween = (from: Day, to: Day): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

const earliest = (days: readonly Day[]): Day | null => (days.length === 0 ? null : [...days].sort()[0]!);

type Data = Record<string, unknown>;

/**
 * "asOf limits the knowledge to events recorded up to that instant"; then withdrawn risks are
 * dropped, reclassifications applied (in the order recorded), and every derived date taken by the
 * methodology's rule.
 */
export const worldAsOf = (events: readonly ReferenceEvent[], asOf?: string | null): World => {
  const known = events.filter((e) => asOf == null || Date.parse(e.metadata.recordedAt) <= Date.parse(asOf));
  const all = (type: string): Data[] => known.filter((e) => e.type === type).map((e) => e.data as Data);
  const transformations = all('ProcessTransformed');

  // "Withdrawn (as known now, or as of asOf) means gone from every KPI, every period."
  const withdrawn = new Set(all('RiskWithdrawn').map((d) => d.riskId as string));
  const risks = new Map<string, Risk>();
  for (const d of all('RiskIdentified')) {
    const riskId = d.riskId as string;
    if (withdrawn.has(riskId) || risks.has(riskId)) continue;
    risks.set(riskId, {
      riskId,
      region: d.region as string,
      unit: (d.centralBody as string | undefined) ?? (d.region as string),
      district: (d.district as string | undefined) ?? null,
      sphere: d.sphere as string,
      causeCategory: d.causeCategory as string,
      source: d.source as string,
      organization: normalise(d.organization as string),
      process: normalise(d.process as string),
      identifiedOn: d.occurredOn as Day,
      // "A risk named by several transformations is removed by the earliest of them."
      removedOn: earliest(
        transformations
          .filter((t) => (t.removesRiskIds as string[]).includes(riskId))
          .map((t) => t.occurredOn as Day),
      ),
    });
  }
  // "A reclassification moves it everywhere, including past periods."
  for (const d of all('RiskReclassified')) {
    const risk = risks.get(d.riskId as string);
    if (!risk) continue;
    if (d.district !== undefined) risk.district = d.district as string;
    if (d.sphere !== undefined) risk.sphere = d.sphere as string;
    if (d.causeCategory !== undefined) risk.causeCategory = d.causeCategory as string;
    if (d.source !== undefined) risk.source = d.source as string;
    if (d.organization !== undefined) risk.organization = normalise(d.organization as string);
    if (d.process !== undefined) risk.process = normalise(d.process as string);
  }

  const recommendations: Recommendation[] = [];
  for (const d of all('RecommendationIssued')) {
    const recommendationId = d.recommendationId as string;
    const risk = risks.get(d.riskId as string);
    // Everything that refers only to a withdrawn risk counts nowhere.
    if (!risk || recommendations.some((c) => c.recommendationId === recommendationId)) continue;
    const about = (type: string) => all(type).filter((x) => x.recommendationId === recommendationId);
    // "A recommendation's due date is its latest one (moves included)": by business date, ties to the last recorded.
    let dueOn = d.dueOn as Day;
    let movedOn: Day | null = null;
    for (const move of about('RecommendationDueDateMoved')) {
      if (movedOn === null || (move.occurredOn as Day) >= movedOn) {
        movedOn = move.occurredOn as Day;
        dueOn = move.dueOn as Day;
      }
    }
    recommendations.push({
      recommendationId,
      risk,
      issuedOn: d.occurredOn as Day,
      dueOn,
      // "A recommendation named by several transformations is implemented by the earliest of them."
      implementedOn: earliest(
        transformations
          .filter((t) => ((t.implementsRecommendationIds ?? []) as string[]).includes(recommendationId))
          .map((t) => t.occurredOn as Day),
      ),
      rejectedOn: earliest(about('RecommendationRejected').map((x) => x.occurredOn as Day)),
    });
  }

  const rights: RightRestored[] = [];
  for (const d of all('RightRestored')) {
    const caseId = d.caseId as string;
    if (rights.some((k) => k.caseId === caseId)) continue;
    // "A case that names a withdrawn risk counts nowhere."
    if (d.riskId !== undefined && withdrawn.has(d.riskId as string)) continue;
    const risk = d.riskId === undefined ? null : (risks.get(d.riskId as string) ?? null);
    // "Counted in its own region, sphere and organization, or, where it names a risk and omits them, in those of that risk."
    const organization =
      d.organization !== undefined ? normalise(d.organization as string) : risk?.organization;
    if (organization === undefined) continue;
    rights.push({
      caseId,
      region: d.region as string,
      unit: (d.centralBody as string | undefined) ?? (d.region as string),
      sphere: (d.sphere as string | undefined) ?? risk?.sphere ?? null,
      organization,
      risk,
      occurredOn: d.occurredOn as Day,
      people: d.peopleCount as number,
      tiyn: d.amountKzt === undefined ? 0 : Math.round((d.amountKzt as number) * 100),
    });
  }
  return { risks: [...risks.values()], recommendations, rights };
};
