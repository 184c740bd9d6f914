import { isKpiName, isOutcomeMeasure } from '@kpi/projections';
import { isRegionCode } from '@kpi/schema';
import { GraphQLError } from 'graphql';
import { boundUnits, FIGURE_READERS, REFUSED } from '../../../identity/policy.ts';
import type { Viewer } from '../../../identity/viewer.ts';
import type { KpiChange, KpiChangeFilter, LiveMeasure } from '../../../runtime/kpi-changes.ts';
import { builder } from '../../builder.ts';

const KpiChangeRef = builder.objectRef<KpiChange>('KpiChange').implement({
  description:
    'Numbers that changed: refetch the KPIs named here for the regions and units named here (and the country).',
  fields: (t) => ({
    kpis: t.exposeStringList('kpis', {
      description:
        'KPI names, as the KPI queries name them, and the outcome measures a survey or reception changes (perceptionIndex, receptionsHeld, ...).',
    }),
    regions: t.exposeStringList('regions', {
      description: 'ISO 3166-2:KZ codes of the regions affected (where the work sits).',
    }),
    units: t.exposeStringList('units', {
      description:
        "Reporting units whose numbers changed: a region's code for its own work, a central body's catalogue code for the body's. Empty on a reset.",
    }),
    position: t.exposeFloat('position', { description: 'Log position the KPI read model now reflects.' }),
    reset: t.exposeBoolean('reset', { description: 'The read model was rebuilt: refetch everything.' }),
  }),
});

const KpiChangedFilterInput = builder.inputType('KpiChangedFilter', {
  fields: (t) => ({
    regions: t.stringList({
      required: false,
      description: 'Region codes; a regional officer may name only their own.',
    }),
    units: t.stringList({
      required: false,
      description:
        "Reporting units (region codes, central bodies' codes); an officer may name only their own. An officer hears only their own unit's changes, whatever they ask.",
    }),
    kpis: t.stringList({
      required: false,
      description: 'KPI names (or outcome measures) the dashboard shows.',
    }),
  }),
});

const refused = (message: string, code: string, field: string) =>
  new GraphQLError(message, { extensions: { code, field } });

/**
 * The filter a viewer may subscribe with: an officer (of a region or a central body) hears only
 * what their own unit's events changed, whatever they ask (the policy's `boundUnits`); asking for
 * another region or unit is refused, naming the field.
 */
export const allowedFilter = (
  viewer: Viewer,
  requested:
    | {
        regions?: readonly string[] | null;
        units?: readonly string[] | null;
        kpis?: readonly string[] | null;
      }
    | null
    | undefined,
): KpiChangeFilter => {
  const regions = requested?.regions ?? null;
  const units = requested?.units ?? null;
  const kpis = requested?.kpis ?? null;
  const unknownRegion = regions?.find((region) => !isRegionCode(region));
  if (unknownRegion !== undefined) {
    throw refused(
      `unknown region ${unknownRegion}: use ISO 3166-2:KZ codes such as KZ-71`,
      'BAD_USER_INPUT',
      'filter.regions',
    );
  }
  const unknownKpi = kpis?.find((kpi) => !isKpiName(kpi) && !isOutcomeMeasure(kpi));
  if (unknownKpi !== undefined) {
    throw refused(`unknown KPI ${unknownKpi}`, 'BAD_USER_INPUT', 'filter.kpis');
  }
  const bound = boundUnits(viewer, { regions, units });
  if (!bound.ok) {
    const field = regions?.includes(bound.denied) ? 'filter.regions' : 'filter.units';
    throw refused(REFUSED.officerFollowsOwnUnit(bound.denied), 'FORBIDDEN', field);
  }
  return { regions: bound.regions, units: bound.units, kpis: kpis as LiveMeasure[] | null };
};

builder.subscriptionField('kpiChanged', (t) =>
  t.field({
    type: KpiChangeRef,
    description:
      'Tells a dashboard which of its numbers changed, moments after the events are stored (server-sent events).',
    authScopes: { role: [...FIGURE_READERS] },
    args: { filter: t.arg({ type: KpiChangedFilterInput, required: false }) },
    subscribe: (_root, { filter }, ctx) => {
      const feed = ctx.services.projections?.kpiChanges;
      if (!feed)
        throw new GraphQLError('live updates are not running', { extensions: { code: 'UNAVAILABLE' } });
      return feed.subscribe(allowedFilter(ctx.viewer!, filter));
    },
    resolve: (change) => change,
  }),
);
