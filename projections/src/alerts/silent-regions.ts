import type { KpiState } from '../kpi/index.ts';

/**
 * The instant (ms since the epoch) each region last recorded a risk, a recommendation, a
 * transformation or a restored right, by the region's index in REGION_CODES; -Infinity when it
 * never did. One pass over the read model's columns, made only when a silent-region rule exists.
 */
export const lastRecordedByRegion = (state: KpiState, regions: number): Float64Array => {
  const last = new Float64Array(regions).fill(Number.NEGATIVE_INFINITY);
  const seen = (region: number, at: number) => {
    if (at > last[region]!) last[region] = at;
  };
  const { risks, recommendations, transformations, rights } = state;
  for (let i = 0; i < risks.count; i++) if (risks.known[i]) seen(risks.region[i]!, risks.idAt[i]!);
  for (let i = 0; i < recommendations.count; i++) {
    const risk = recommendations.risk[i]!;
    if (recommendations.known[i] && risk >= 0) seen(risks.region[risk]!, recommendations.issueAt[i]!);
  }
  for (let i = 0; i < transformations.count; i++) seen(transformations.region[i]!, transformations.at[i]!);
  for (let i = 0; i < rights.count; i++) seen(rights.region[i]!, rights.at[i]!);
  return last;
};
