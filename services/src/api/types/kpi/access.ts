import type { KpiFilter, KpiReadModel } from '@kpi/projections';
import { GraphQLError } from 'graphql';
import { boundUnits, canRead, REFUSED } from '../../../identity/policy.ts';
import type { ApiContext } from '../../context.ts';

/** An officer asked for another region's or unit's numbers (`region` names the unit asked). */
export class KpiAccessDenied extends Error {
  readonly region: string;
  constructor(region: string, message = REFUSED.officerReadsOwnRegion(region)) {
    super(message);
    this.name = 'KpiAccessDenied';
    this.region = region;
  }
}

/** The filter a viewer may use, its regions and units bound by the policy's `boundUnits`. */
export const boundFilter = (ctx: ApiContext, filter: KpiFilter | null | undefined): KpiFilter => {
  const viewer = ctx.viewer!;
  const bound = boundUnits(viewer, { regions: filter?.regions, units: filter?.units });
  if (!bound.ok) {
    const message =
      viewer.role === 'REGIONAL_OFFICER'
        ? REFUSED.officerReadsOwnRegion(bound.denied)
        : REFUSED.officerReadsOwnUnit(bound.denied);
    throw new KpiAccessDenied(bound.denied, message);
  }
  return { ...filter, regions: bound.regions, units: bound.units };
};

/** The region a register query may read. */
export const boundRegion = (ctx: ApiContext, region: string): string => {
  if (!canRead(ctx.viewer!, region)) throw new KpiAccessDenied(region);
  return region;
};

/** The unit (a region or a central body) a unit's register query may read. */
export const boundUnit = (ctx: ApiContext, unit: string): string => {
  if (!canRead(ctx.viewer!, unit)) throw new KpiAccessDenied(unit, REFUSED.officerReadsOwnUnit(unit));
  return unit;
};

/** The KPI read model the projection runtime keeps, with the log position it reflects. */
export const kpiReadModel = (ctx: ApiContext): KpiReadModel => {
  const projections = ctx.services.projections;
  if (!projections) {
    throw new GraphQLError('the KPI read model is not running', { extensions: { code: 'UNAVAILABLE' } });
  }
  return projections.readModels.kpi();
};
