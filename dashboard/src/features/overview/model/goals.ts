/** The chart query's measure for what the targets ask of a KPI. */
export const goalMeasure = (kpi: string) => `target_${kpi}`;

/** Goals of each bucket, by the bucket's first day and the KPI. */
export type GoalsByBucket = ReadonlyMap<string, Readonly<Record<string, number | null>>>;

/** The key a chart row holds a KPI's goal under. */
export const goalKey = (kpi: string) => `${kpi}~goal`;
export const kpiOfGoalKey = (key: string): string | null => (key.endsWith('~goal') ? key.slice(0, -5) : null);

/** The KPIs among `kpis` that some bucket has a goal for: only those get a goal line. */
export const kpisWithGoals = (kpis: readonly string[], buckets: readonly string[], goals: GoalsByBucket) =>
  kpis.filter((kpi) => buckets.some((start) => (goals.get(start)?.[kpi] ?? null) !== null));
