/**
 * The KPIs of the methodology, by name: the one place a KPI is defined. `subject` says what a KPI
 * counts (risks, recommendations, rights restored), `shape` its unit (a count, a rate between 0 and
 * 1, days, a sum); the dashboard and the chart query use these names. The rules that count them
 * sit beside this table, one file per thing counted: risks.ts, recommendations.ts,
 * rights-restored.ts.
 */
export const KPI_NAMES = [
  'risksIdentified',
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
  'recommendationsIssued',
  'recommendationsImplemented',
  'recommendationsOverdue',
  'implementationRate',
  'onTimeRate',
  'rightsRestoredCases',
  'rightsRestoredPeople',
  'rightsRestoredMoneyKzt',
  'recurrenceRate',
  'coverageOrganizations',
  'coverageProcesses',
] as const;

export type KpiName = (typeof KPI_NAMES)[number];

export const isKpiName = (name: string): name is KpiName => (KPI_NAMES as readonly string[]).includes(name);

export type KpiSubject = 'risk' | 'recommendation' | 'right';

export type KpiShape = 'count' | 'rate' | 'days' | 'sum';

export interface KpiInfo {
  readonly subject: KpiSubject;
  readonly shape: KpiShape;
  readonly description: string;
}

export const KPIS: Readonly<Record<KpiName, KpiInfo>> = {
  risksIdentified: { subject: 'risk', shape: 'count', description: 'Risks identified in the period.' },
  causesRemoved: {
    subject: 'risk',
    shape: 'count',
    description: 'Risks whose first eliminating transformation is dated in the period.',
  },
  removalRate: {
    subject: 'risk',
    shape: 'rate',
    description: 'Of the risks identified in the period, the share removed by now (or by asOf).',
  },
  medianDaysToRemoval: {
    subject: 'risk',
    shape: 'days',
    description: 'Median days from identification to removal, over risks removed in the period.',
  },
  p90DaysToRemoval: {
    subject: 'risk',
    shape: 'days',
    description: '90th percentile (nearest rank) of days to removal, over risks removed in the period.',
  },
  openRisks: {
    subject: 'risk',
    shape: 'count',
    description: 'Risks identified and not removed at the end of the period.',
  },
  openRisksAged0To30: {
    subject: 'risk',
    shape: 'count',
    description: 'Open risks aged 0-30 days at the end of the period.',
  },
  openRisksAged31To90: {
    subject: 'risk',
    shape: 'count',
    description: 'Open risks aged 31-90 days at the end of the period.',
  },
  openRisksAged91To180: {
    subject: 'risk',
    shape: 'count',
    description: 'Open risks aged 91-180 days at the end of the period.',
  },
  openRisksAged181To365: {
    subject: 'risk',
    shape: 'count',
    description: 'Open risks aged 181-365 days at the end of the period.',
  },
  openRisksAgedOver365: {
    subject: 'risk',
    shape: 'count',
    description: 'Open risks aged more than 365 days at the end of the period.',
  },
  recommendationsIssued: {
    subject: 'recommendation',
    shape: 'count',
    description: 'Recommendations issued in the period.',
  },
  recommendationsImplemented: {
    subject: 'recommendation',
    shape: 'count',
    description: 'Recommendations whose first implementing transformation is dated in the period.',
  },
  recommendationsOverdue: {
    subject: 'recommendation',
    shape: 'count',
    description: 'At the end of the period: due before it, not implemented and not rejected by then.',
  },
  implementationRate: {
    subject: 'recommendation',
    shape: 'rate',
    description: 'Of the recommendations due in the period, the share implemented by now (or by asOf).',
  },
  onTimeRate: {
    subject: 'recommendation',
    shape: 'rate',
    description: 'Of the recommendations due in the period, the share implemented on or before the due date.',
  },
  rightsRestoredCases: {
    subject: 'right',
    shape: 'count',
    description: 'Cases of rights restored in the period.',
  },
  rightsRestoredPeople: {
    subject: 'right',
    shape: 'sum',
    description: 'People whose rights were restored in the period.',
  },
  rightsRestoredMoneyKzt: {
    subject: 'right',
    shape: 'sum',
    description: 'Money restored in the period, KZT.',
  },
  recurrenceRate: {
    subject: 'risk',
    shape: 'rate',
    description:
      'Of the causes removed in the period, the share followed by a new risk in the same organization, process and cause category within 365 days after the removal.',
  },
  coverageOrganizations: {
    subject: 'risk',
    shape: 'count',
    description: 'Distinct organizations with at least one risk identified in the period.',
  },
  coverageProcesses: {
    subject: 'risk',
    shape: 'count',
    description: 'Distinct (organization, process) pairs with at least one risk identified in the period.',
  },
};
