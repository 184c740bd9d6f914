import type { KpiFilter, KpiReadModel } from '@kpi/projections';
import { GraphQLError } from 'graphql';
import type { ApiContext } from '../../context.ts';

/** Who reads KPIs: the chair and analysts everything, a regional officer their own region. */
export const KPI_READERS = ['CHAIR', 'ANALYST', 'REGIONAL_OFFICER'] as const;

/** A regional officer asked for another region's numbers. */
export class KpiAccessDenied extends Error {
  readonly region: string;
  constructor(region: string) {
    super(`a regional officer reads only their own region, not ${region}`);
    this.name = 'KpiAccessDenied';
    this.region = region;
  }
}

/**
 * The filter a viewer may use: an officer's is bound to their region whatever they send (asking
 * for another region is refused, not silently narrowed), everyone else's is as asked.
 */
export const boundFilter = (ctx: ApiContext, filter: KpiFilter | null | undefined): KpiFilter => {
  const viewer = ctx.viewer!;
  if (viewer.role !== 'REGIONAL_OFFICER') return filter ?? {};
  const own = viewer.region;
  const other = filter?.regions?.find((r) => r !== own);
  if (own === null || other !== undefined) throw new KpiAccessDenied(other ?? 'any region');
  return { ...filter, regions: [own] };
};

/** The region a register query may read: an officer only their own. */
export const boundRegion = (ctx: ApiContext, region: string): string => {
  const viewer = ctx.viewer!;
  if (viewer.role === 'REGIONAL_OFFICER' && viewer.region !== region) throw new KpiAccessDenied(region);
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
