import type { KpiFilter, KpiReadModel } from '@kpi/projections';
import { GraphQLError } from 'graphql';
import { boundRegions, canRead, REFUSED } from '../../../identity/policy.ts';
import type { ApiContext } from '../../context.ts';

/** A regional officer asked for another region's numbers. */
export class KpiAccessDenied extends Error {
  readonly region: string;
  constructor(region: string) {
    super(REFUSED.officerReadsOwnRegion(region));
    this.name = 'KpiAccessDenied';
    this.region = region;
  }
}

/** The filter a viewer may use, its regions bound by the policy's `boundRegions`. */
export const boundFilter = (ctx: ApiContext, filter: KpiFilter | null | undefined): KpiFilter => {
  const bound = boundRegions(ctx.viewer!, filter?.regions);
  if (!bound.ok) throw new KpiAccessDenied(bound.denied);
  return bound.regions === null ? (filter ?? {}) : { ...filter, regions: bound.regions };
};

/** The region a register query may read. */
export const boundRegion = (ctx: ApiContext, region: string): string => {
  if (!canRead(ctx.viewer!, region)) throw new KpiAccessDenied(region);
  return region;
};

/** The KPI read model the projection runtime keeps, with the log position it reflects. */
export const kpiReadModel = (ctx: ApiContext): KpiReadModel => {
  const projections = ctx.services.projections;
  if (!projections) {
    throw new GraphQLError('the KPI read model is not running', { extensions: { code: 'UNAVAILABLE' } });
  }
  return projections.readModels.kpi();
};
