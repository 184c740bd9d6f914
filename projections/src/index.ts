export {
  type ConditionInputs,
  type ConditionState,
  drillDownLink,
  type EvaluatedRule,
  evaluateConditions,
} from './alerts/conditions.ts';
export {
  type FiringState,
  NEVER_FIRED,
  notBehind,
  type Transition,
  transitionsOf,
} from './alerts/transitions.ts';
export {
  commentaryAsOf,
  type FigureCommentsQuery,
  type FigureCommentView,
  figureCommentsAsOf,
} from './annotations/as-of.ts';
export {
  ANNOTATION_EVENT_TYPES,
  annotationsProjection,
  evolveAnnotations,
} from './annotations/projection.ts';
export { type AnnotationsState, type CommentaryVersion, emptyAnnotationsState } from './annotations/state.ts';
export { foldChart } from './charts/evolve-chart.ts';
export { savedChartsProjection } from './charts/projection.ts';
export { boardOf, chartsOwnedBy, savedChart } from './charts/queries.ts';
export { emptySavedChartsState, type SavedChartsState, type SavedChartView } from './charts/state.ts';
export { DIMENSIONS, type Dimension } from './kpi/aggregate.ts';
export { type ChangedNumbers, changedBy } from './kpi/changed-by.ts';
export { type Chart, type ChartRow, type ChartSpec, chart, MAX_CHART_LIMIT } from './kpi/chart.ts';
export type { Knowledge, KpiReadModel, Period } from './kpi/cut.ts';
export {
  type DrillDown,
  type DrillDownRow,
  drillDown,
  type EventRef,
  type EventRole,
} from './kpi/drill-down.ts';
export { KpiQueryError, type KpiQueryErrorCode } from './kpi/errors.ts';
export { KPI_EVENT_TYPES } from './kpi/evolve.ts';
export type { KpiFilter } from './kpi/filter.ts';
export type { DimensionValue } from './kpi/labels.ts';
export { isKpiName, KPI_NAMES, KPIS, type KpiName } from './kpi/measures.ts';
export { normaliseName } from './kpi/names.ts';
export { GRANULARITIES, type Granularity } from './kpi/periods.ts';
export { kpiProjection } from './kpi/projection.ts';
export {
  openRisksOfRegion,
  type Page,
  type RegisterRecommendation,
  type RegisterRisk,
  recommendationsOfRegion,
} from './kpi/register.ts';
export { type KpiSeries, kpiSeries, MAX_POINTS_PER_SERIES, type SeriesPoint } from './kpi/series.ts';
export { emptyKpiState, type KpiState } from './kpi/state.ts';
export { type KpiSummary, type KpiSummaryEntry, type KpiValue, kpiSummary } from './kpi/summary.ts';
export {
  type OutcomeQuery,
  type Perception,
  type PerceptionMean,
  type PerceptionQuery,
  type PerceptionRow,
  perception,
} from './outcomes/perception.ts';
export { evolveOutcomes, OUTCOME_EVENT_TYPES, outcomesProjection } from './outcomes/projection.ts';
export { RECEPTION_SOURCE, type Receptions, type ReceptionsRow, receptions } from './outcomes/receptions.ts';
export { emptyOutcomesState, type OutcomesState } from './outcomes/state.ts';
export type {
  EncodableEvent,
  LiveReadModel,
  PagedFold,
  ProjectedEvent,
  Projection,
  StreamEvent,
} from './projection.ts';
export {
  type PublicFigures,
  type PublicFiguresQuery,
  type PublicUnitFigures,
  publicFigures,
} from './public/public-figures.ts';
export type { HotSpot } from './report/hot-spots.ts';
export {
  previousReviewPeriod,
  type ReviewRange,
  reviewRange,
  targetPeriodOf,
} from './report/review-period.ts';
export {
  FUNNEL_KPIS,
  LEAD_KPIS,
  type LeadKpi,
  type LeagueRow,
  type ReportTarget,
  type ReviewReadModels,
  type ReviewReport,
  type ReviewReportQuery,
  reviewReport,
} from './report/review-report.ts';
export { type TargetsQuery, targetsAsOf } from './targets/as-of.ts';
export {
  chartAgainstTargets,
  type TargetChart,
  targetMeasureOf,
} from './targets/chart-targets.ts';
export { type Goal, gapToGoal, goalOver } from './targets/goal.ts';
export { evolveTargets, TARGET_EVENT_TYPES, targetsProjection } from './targets/projection.ts';
export { emptyTargetsState, type TargetsState, type TargetView } from './targets/state.ts';
export {
  heldValue,
  judgedWindow,
  statusOf,
  type TargetStatus,
  targetPeriodRange,
} from './targets/status.ts';
export {
  type TargetsWithStatusQuery,
  type TargetWithStatus,
  targetsWithStatus,
} from './targets/with-status.ts';
export { evolveUsers, USER_EVENT_TYPES, usersProjection } from './users/projection.ts';
export {
  accountHistory,
  activeUsersWithRole,
  listUsers,
  sessionRevoked,
  userById,
  userByUsername,
} from './users/queries.ts';
export {
  type AccountHistoryEntry,
  emptyUsersState,
  type UserRecord,
  type UsersState,
} from './users/state.ts';
