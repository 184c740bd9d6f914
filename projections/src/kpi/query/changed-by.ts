import { REGION_CODES } from '@kpi/schema';
import { findId } from '../../id-index.ts';
import type { ProjectedEvent } from '../../projection.ts';
import { KPI_NAMES, type KpiName } from '../definition/measures.ts';
import type { KpiState } from '../fold/state.ts';
import { unitCode } from '../fold/units.ts';

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
  /**
   * Reporting units whose numbers changed: the region's code for a region's own work, the central
   * body's code for a body's (which sits in a region but is not that region's unit's work).
   */
  readonly units: readonly string[];
}

interface Place {
  readonly region: string | null;
  readonly unit: string | null;
}

/** A risk's place as the state knows it: the region it sits in and its reporting unit. */
const placeOfRisk = (state: KpiState, i: number): Place | null =>
  i >= 0 && state.risks.known[i]
    ? {
        region: REGION_CODES[state.risks.region[i]!] ?? null,
        unit: unitCode(state.bodies, state.risks.unit[i]!) ?? null,
      }
    : null;

const placeOf = (event: ProjectedEvent, state: KpiState | undefined): Place => {
  const data = event.data as {
    region?: string;
    centralBody?: string;
    riskId?: string;
    recommendationId?: string;
  };
  if (data.region) return { region: data.region, unit: data.centralBody ?? data.region };
  // A correction names only its thing: a recommendation is its risk's unit's, as the deciders keep it.
  if (state && data.riskId !== undefined) {
    const place = placeOfRisk(state, findId(state.risks.index, data.riskId));
    if (place) return place;
  }
  if (state && data.recommendationId !== undefined) {
    const j = findId(state.recommendations.index, data.recommendationId);
    const place = j < 0 ? null : placeOfRisk(state, state.recommendations.risk[j]!);
    if (place) return place;
  }
  // Without the state, only the metadata's region is known, and no unit: nobody bound to a unit is told.
  return { region: event.metadata.region, unit: null };
};

/**
 * The numbers an event changes, for live updates: a dashboard showing one of `kpis` for one of
 * `regions` (or the whole country), or for one of `units`, should refetch. With the state, the
 * place is found for events that name only a risk or a recommendation.
 */
export const changedBy = (event: ProjectedEvent, state?: KpiState): ChangedNumbers => {
  const kpis = KPIS_BY_TYPE[event.type];
  if (!kpis) return { kpis: [], regions: [], units: [] };
  const { region, unit } = placeOf(event, state);
  return { kpis, regions: region ? [region] : [], units: unit ? [unit] : [] };
};
