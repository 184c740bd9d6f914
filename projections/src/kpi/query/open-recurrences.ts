import { CAUSE_CATEGORY_CODES, REGION_CODES, type RecurrenceNumbers } from '@kpi/schema';
import { isRecurrence } from '../definition/risks.ts';
import { NO_DAY } from '../fold/columns.ts';
import type { KpiState } from '../fold/state.ts';
import { knowledgeAt } from './view.ts';

const DAY_MS = 86_400_000;
const CAUSES = 16;
const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The recurrences open now in a region (or the country when `region` is null), oldest first.
 *
 * A recurrence is the methodology's: a valid risk identified after a removed risk of the same
 * organization, process and cause category was removed, and no more than 365 days after. It is
 * named by the risk that came back, and it stays open until that risk is itself removed (or
 * withdrawn). The organization carries its region, so a recurrence never crosses regions. When a
 * risk came back after several removals, the latest removal before it is named.
 */
export const openRecurrences = (state: KpiState, region: string | null): readonly RecurrenceNumbers[] => {
  // Every rule on the same unit asks the same question of the same state: answer it once per state.
  let built = answered.get(state);
  if (!built || built.version !== state.version) {
    built = { version: state.version, byUnit: new Map() };
    answered.set(state, built);
  }
  const key = region ?? '';
  const cached = built.byUnit.get(key);
  if (cached) return cached;
  const found = findOpenRecurrences(state, region);
  built.byUnit.set(key, found);
  return found;
};

const answered = new WeakMap<
  KpiState,
  { version: number; byUnit: Map<string, readonly RecurrenceNumbers[]> }
>();

const findOpenRecurrences = (state: KpiState, region: string | null): RecurrenceNumbers[] => {
  const view = knowledgeAt(state);
  const r = view.risks;
  const regionIndex = region === null ? -1 : (REGION_CODES as readonly string[]).indexOf(region);
  if (region !== null && regionIndex < 0) return [];
  // Removals by (organization, process) pair and cause category: a risk looks only at its own scheme's.
  const removals = new Map<number, number[]>();
  for (let i = 0; i < r.n; i++) {
    if (!r.valid[i] || r.remDay[i] === NO_DAY) continue;
    // A region's own work only (its unit id is its index): a body's risks in it are the body's.
    if (regionIndex >= 0 && r.unit[i] !== regionIndex) continue;
    const scheme = r.pair[i]! * CAUSES + r.cause[i]!;
    const list = removals.get(scheme);
    if (list) list.push(i);
    else removals.set(scheme, [i]);
  }
  if (removals.size === 0) return [];
  const found: RecurrenceNumbers[] = [];
  for (let i = 0; i < r.n; i++) {
    if (!r.valid[i] || r.remDay[i] !== NO_DAY) continue;
    if (regionIndex >= 0 && r.unit[i] !== regionIndex) continue;
    const earlier = removals.get(r.pair[i]! * CAUSES + r.cause[i]!);
    if (!earlier) continue;
    let after = -1;
    for (const k of earlier) {
      if (k === i || !isRecurrence(r.remDay[k]!, r.idDay[i]!)) continue;
      if (after < 0 || r.remDay[k]! > r.remDay[after]!) after = k;
    }
    if (after < 0) continue;
    found.push({
      riskId: state.risks.ids[i]!,
      removedRiskId: state.risks.ids[after]!,
      organization: state.organizations.labels[r.org[i]!] ?? '',
      process: state.processes.labels[r.proc[i]!] ?? '',
      causeCategory: CAUSE_CATEGORY_CODES[r.cause[i]!] ?? String(r.cause[i]),
      region: REGION_CODES[r.region[i]!] ?? String(r.region[i]),
      identifiedOn: dateOf(r.idDay[i]!),
      removedOn: dateOf(r.remDay[after]!),
    });
  }
  return found.sort((a, b) =>
    a.identifiedOn === b.identifiedOn
      ? a.riskId < b.riskId
        ? -1
        : a.riskId > b.riskId
          ? 1
          : 0
      : a.identifiedOn < b.identifiedOn
        ? -1
        : 1,
  );
};
