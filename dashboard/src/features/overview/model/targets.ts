import { REGION_LABELS } from '@/lib/i18n/vocabulary.generated.ts';

/** A target as the overview reads it, with its status on the day judged. */
export interface OverviewTarget {
  readonly id: string;
  readonly kpi: string;
  readonly unit: string;
  readonly period: string;
  readonly value: number;
  readonly direction: 'AT_LEAST' | 'AT_MOST';
  readonly heldTo: number | null;
  readonly actual: number | null;
  readonly status: TargetStatus | null;
}

export const TARGET_STATUSES = ['MET', 'AT_RISK', 'OFF_TRACK'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/** The whole country's targets are set for this unit; the regions' for their codes. */
export const COUNTRY = 'KZ';

const periodRange = (period: string): { from: string; to: string } => {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!quarter) return { from: `${period}-01-01`, to: `${period}-12-31` };
  const q = Number(quarter[2]);
  const last = new Date(Date.UTC(Number(quarter[1]), 3 * q, 0)).toISOString().slice(0, 10);
  return { from: `${quarter[1]}-${String(3 * q - 2).padStart(2, '0')}-01`, to: last };
};

/**
 * The target a card shows for a KPI and unit on a day: of those whose period holds the day, the
 * quarter's before the year's (the nearer commitment).
 */
export const targetFor = (
  targets: readonly OverviewTarget[],
  kpi: string,
  unit: string,
  day: string,
): OverviewTarget | null => {
  const holding = targets.filter((t) => {
    if (t.kpi !== kpi || t.unit !== unit) return false;
    const { from, to } = periodRange(t.period);
    return from <= day && day <= to;
  });
  return holding.find((t) => t.period.includes('-Q')) ?? holding[0] ?? null;
};

/** Worse first: off track, at risk, met, then no status. */
const RANK: Record<TargetStatus, number> = { OFF_TRACK: 0, AT_RISK: 1, MET: 2 };
export const statusRank = (status: TargetStatus | null): number => (status === null ? 3 : RANK[status]);

/**
 * A region's standing against its targets on a day, for the league: the worst status among the
 * targets whose period holds the day; null when it has none with a status.
 */
export const worstStatusByUnit = (
  targets: readonly OverviewTarget[],
  day: string,
): Readonly<Record<string, TargetStatus>> => {
  const out: Record<string, TargetStatus> = {};
  for (const t of targets) {
    const { from, to } = periodRange(t.period);
    if (t.status === null || day < from || day > to) continue;
    const seen = out[t.unit];
    if (seen === undefined || statusRank(t.status) < statusRank(seen)) out[t.unit] = t.status;
  }
  return out;
};

/** Which league a unit's targets stand in: a region's code, or (anything else but the country) a central body's. */
export const leagueOf = (unit: string): 'regions' | 'bodies' | null =>
  unit === COUNTRY ? null : Object.hasOwn(REGION_LABELS, unit) ? 'regions' : 'bodies';

/**
 * The worst status of each unit of one league on a day; null (no column) when none of that
 * league's units has a target, so a league shows its column once one of its own has one.
 */
export const leagueStatuses = (
  targets: readonly OverviewTarget[],
  day: string,
  league: 'regions' | 'bodies',
): Readonly<Record<string, TargetStatus>> | null => {
  const own = targets.filter((t) => leagueOf(t.unit) === league);
  return own.length > 0 ? worstStatusByUnit(own, day) : null;
};
