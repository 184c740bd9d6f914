import type { TargetChart } from '@kpi/projections';
import { centralBodiesFor } from '../../../catalogue/central-bodies.ts';
import type { ApiContext } from '../../context.ts';

/**
 * A chart by central body, its bodies named as the catalogue names them now: the KPI engine knows a
 * body by its code (it indexes bodies as their work arrives), the catalogue holds what an
 * administrator added or renamed.
 */
export const withBodyNames = (ctx: ApiContext, chart: TargetChart): TargetChart => {
  if (!chart.dimensions.includes('centralBody')) return chart;
  const catalogue = new Map(
    centralBodiesFor(ctx.services)
      .list()
      .map((b) => [b.code, b.name]),
  );
  return {
    ...chart,
    rows: chart.rows.map((row) => ({
      ...row,
      keys: row.keys.map((k) => {
        const name = k.dimension === 'centralBody' ? catalogue.get(k.key) : undefined;
        return name ? { ...k, label: name } : k;
      }),
    })),
  };
};
