/** The KPIs offered in the rules form (any target KPI can be named through the API). */
export const ALERT_KPIS = [
  'causesRemoved',
  'removalRate',
  'recurrenceRate',
  'recommendationsOverdue',
] as const;
export type AlertKpi = (typeof ALERT_KPIS)[number];

/** The whole country, as targets and alerts name it. */
export const COUNTRY = 'KZ';

/** The catalogue key of a KPI's label, or null for a KPI the form does not offer (shown by its name). */
export const kpiLabelKey = (kpi: string): `kpi.${AlertKpi}` | null =>
  (ALERT_KPIS as readonly string[]).includes(kpi) ? (`kpi.${kpi}` as `kpi.${AlertKpi}`) : null;
