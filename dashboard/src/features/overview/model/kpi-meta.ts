import { PALETTE } from '@/components/palette.ts';
import type { MessageKey } from '@/lib/i18n/catalogue.ts';

export type KpiShape = 'count' | 'rate' | 'days' | 'sum';

export interface KpiMeta {
  readonly label: MessageKey;
  readonly shape: KpiShape;
  /** Whether a rise is good news; recurrence and days to removal should fall. */
  readonly better: 'up' | 'down';
  /** From the Okabe-Ito palette: the same KPI has the same colour everywhere. */
  readonly color: string;
}

export const KPI_META = {
  causesRemoved: { label: 'kpi.causesRemoved', shape: 'count', better: 'up', color: PALETTE.green },
  removalRate: { label: 'kpi.removalRate', shape: 'rate', better: 'up', color: PALETTE.blue },
  medianDaysToRemoval: { label: 'kpi.daysMedian', shape: 'days', better: 'down', color: PALETTE.orange },
  p90DaysToRemoval: { label: 'kpi.daysP90', shape: 'days', better: 'down', color: PALETTE.vermillion },
  rightsRestoredCases: { label: 'kpi.rightsRestored', shape: 'count', better: 'up', color: PALETTE.purple },
  rightsRestoredPeople: { label: 'kpi.rightsRestored', shape: 'count', better: 'up', color: PALETTE.purple },
  rightsRestoredMoneyKzt: { label: 'kpi.rightsRestored', shape: 'sum', better: 'up', color: PALETTE.purple },
  recurrenceRate: { label: 'kpi.recurrenceRate', shape: 'rate', better: 'down', color: PALETTE.vermillion },
  risksIdentified: { label: 'kpi.risksIdentified', shape: 'count', better: 'up', color: PALETTE.sky },
  recommendationsIssued: {
    label: 'kpi.recommendationsIssued',
    shape: 'count',
    better: 'up',
    color: PALETTE.orange,
  },
  recommendationsImplemented: {
    label: 'kpi.recommendationsImplemented',
    shape: 'count',
    better: 'up',
    color: PALETTE.green,
  },
  recommendationsOverdue: {
    label: 'kpi.recommendationsOverdue',
    shape: 'count',
    better: 'down',
    color: PALETTE.vermillion,
  },
  openRisks: { label: 'kpi.openRisks', shape: 'count', better: 'down', color: PALETTE.sky },
} as const satisfies Record<string, KpiMeta>;

export type OverviewKpi = keyof typeof KPI_META;

/** The KPIs the overview asks for, in one summary query. */
export const OVERVIEW_KPIS = Object.keys(KPI_META) as OverviewKpi[];

export const metaOf = (kpi: string): KpiMeta => KPI_META[kpi as OverviewKpi] ?? KPI_META.causesRemoved;
