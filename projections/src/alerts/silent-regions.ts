import type { KpiState } from '../kpi/index.ts';

/**
 * The instant (ms since the epoch) each region last recorded a risk, a recommendation, a
 * transformation or a restored right, by the region's index in REGION_CODES; -Infinity when it
 * never did. Only a region's own work counts: a central body's event naming it is the body's (its
 * unit id is then past the regions'), so it does not keep the region from being silent. One pass over the read model's columns, made only when a silent-region rule exists.
 */
export const lastRecordedByRegion = (state: KpiState, regions: number): Float64Array => {
  const last = new Float64Array(regions).fill(Number.NEGATIVE_INFINITY);
  const seen = (unit: number, at: number) => {
    if (unit < regions && at > last[unit]!) last[unit] = at;
  };
  const { risks, recommendations, transformations, rights } = state;
  for (let i = 0; i < risks.count; i++) if (risks.known[i]) seen(risks.unit[i]!, risks.idAt[i]!);
  for (let i = 0; i < recommendations.count; i++) {
    const risk = recommendations.risk[i]!;
    if (recommendations.known[i] && risk >= 0) seen(risks.unit[risk]!, recommendations.issueAt[i]!);
  }
  for (let i = 0; i < transformations.count; i++) seen(transformations.unit[i]!, transformations.at[i]!);
  for (let i = 0; i < rights.count; i++) seen(rights.unit[i]!, rights.at[i]!);
  return last;
};
