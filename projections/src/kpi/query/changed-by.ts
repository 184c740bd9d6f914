import { REGION_CODES } from '@kpi/schema';
import type { ProjectedEvent } from '../../projection.ts';
import { KPI_NAMES, type KpiName } from '../definition/measures.ts';
import { findId } from '../fold/id-index.ts';
import type { KpiState } from '../fold/state.ts';

const RISK_COUNTS: readonly KpiName[] = [
  'risksIdentified',
  'removalRate',
  'openRisks',
  'openRisksAged0To30',
  'openRisksAged31To90',
  'openRisksAged91To180',
  'openRisksAged181To365',
  'openRisksAgedOver365',
  'recurrenceRate',
  'coverageOrganizations',
  'coverageProcesses',
];

const REMOVAL: readonly KpiName[] = [
  'causesRemoved',
  'removalRate',
  'medianDaysToRemoval',
  'p90DaysToRemoval',
  'openRisks',
  'openRisksAged0To30',
  'openRisksAged31To90',
  'openRisksAged91To180',
  'openRisksAged181To365',
  'openRisksAgedOver365',
  'recurrenceRate',
  'recommendationsImplemented',
  'recommendationsOverdue',
  'implementationRate',
  'onTimeRate',
];

const DUE: readonly KpiName[] = ['recommendationsOverdue', 'implementationRate', 'onTimeRate'];

/** Which KPIs an event can change. A reclassification or withdrawal moves a risk everywhere. */
const KPIS_BY_TYPE: Readonly<Record<string, readonly KpiName[]>> = {
  RiskIdentified: RISK_COUNTS,
  RiskReclassified: KPI_NAMES,
  RiskWithdrawn: KPI_NAMES,
  ProcessTransformed: REMOVAL,
  RecommendationIssued: ['recommendationsIssued', ...DUE],
  RecommendationRejected: ['recommendationsOverdue'],
  RecommendationDueDateMoved: DUE,
  RightRestored: ['rightsRestoredCases', 'rightsRestoredPeople', 'rightsRestoredMoneyKzt'],
};

export interface ChangedNumbers {
  readonly kpis: readonly KpiName[];
  /** Region codes whose numbers changed; every region's totals (the country's) change with them. */
  readonly regions: readonly string[];
}

const regionOf = (event: ProjectedEvent, state: KpiState | undefined): string | null => {
  const data = event.data as { region?: string; riskId?: string; recommendationId?: string };
  if (data.region) return data.region;
  if (state && data.riskId !== undefined) {
    const i = findId(state.risks.index, data.riskId);
    if (i >= 0 && state.risks.known[i]) return REGION_CODES[state.risks.region[i]!] ?? null;
  }
  if (state && data.recommendationId !== undefined) {
    const j = findId(state.recommendations.index, data.recommendationId);
    const i = j < 0 ? -1 : state.recommendations.risk[j]!;
    if (i >= 0 && state.risks.known[i]) return REGION_CODES[state.risks.region[i]!] ?? null;
  }
  return event.metadata.region;
};

/**
 * The numbers an event changes, for live updates: a dashboard showing one of `kpis` for one of
 * `regions` (or the whole country) should refetch. With the state, regions are found for events
 * that name only a risk or a recommendation.
 */
export const changedBy = (event: ProjectedEvent, state?: KpiState): ChangedNumbers => {
  const kpis = KPIS_BY_TYPE[event.type];
  if (!kpis) return { kpis: [], regions: [] };
  const region = regionOf(event, state);
  return { kpis, regions: region ? [region] : [] };
};
