import type { Lang } from '@/lib/i18n/lang.ts';
import type { OverviewKpi } from './kpi-meta.ts';

/** A central body's line in the league: its code, its names and its figures by KPI. */
export interface BodyRow {
  readonly code: string;
  readonly name: Readonly<Record<Lang, string>>;
  readonly values: Readonly<Record<string, number | null>>;
}

/**
 * Bodies best first by a KPI (`better` says which way is best), those without a value last, ties
 * by name in the reader's language; places are shared by equal values (1, 1, 3).
 */
export const rankBodies = (
  rows: readonly BodyRow[],
  kpi: OverviewKpi,
  better: 'up' | 'down',
  lang: Lang,
): { row: BodyRow; place: number | null }[] => {
  const sign = better === 'up' ? -1 : 1;
  const sorted = [...rows].sort((a, b) => {
    const x = a.values[kpi] ?? null;
    const y = b.values[kpi] ?? null;
    if (x === null || y === null)
      return x === y ? a.name[lang].localeCompare(b.name[lang]) : x === null ? 1 : -1;
    return sign * (x - y) || a.name[lang].localeCompare(b.name[lang]);
  });
  let place = 0;
  return sorted.map((row, i) => {
    const value = row.values[kpi] ?? null;
    if (value === null) return { row, place: null };
    if (i === 0 || value !== (sorted[i - 1]!.values[kpi] ?? null)) place = i + 1;
    return { row, place };
  });
};
