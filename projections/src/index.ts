export {
  type ConditionInputs,
  type ConditionState,
  drillDownLink,
  type EvaluatedRule,
  evaluateConditions,
} from './alerts/conditions.ts';
export {
  type FiringState,
  firingStateAfter,
  NEVER_FIRED,
  notBehind,
  type RecordedTransition,
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
export {
  CENTRAL_BODY_EVENT_TYPES,
  type CentralBodiesState,
  type CentralBodyRecord,
  centralBodiesProjection,
  centralBodyByCode,
  evolveCentralBodies,
  initialCentralBodiesState,
  listCentralBodies,
} from './central-bodies/projection.ts';
export { evolveChart, foldChart } from './charts/evolve-chart.ts';
export { savedChartsProjection } from './charts/projection.ts';
export { boardOf, chartsOwnedBy, savedChart } from './charts/queries.ts';
export { emptySavedChartsState, type SavedChartsState, type SavedChartView } from './charts/state.ts';
export {
  type ChangedNumbers,
  type Chart,
  type ChartRow,
  type ChartSpec,
  changedBy,
  chart,
  DIMENSIONS,
  type Dimension,
  type DimensionValue,
  type DrillDown,
  type DrillDownRow,
  drillDown,
  type EventRef,
  type EventRole,
  emptyKpiState,
  GRANULARITIES,
  type Granularity,
  isKpiName,
  type Knowledge,
  KPI_EVENT_TYPES,
  KPI_NAMES,
  KPI_QUERY_ERROR_CODES,
  KPIS,
  type KpiEngine,
  type KpiFilter,
  type KpiName,
  KpiQueryError,
  type KpiQueryErrorCode,
  type KpiReadModel,
  type KpiSeries,
  type KpiState,
  type KpiSummary,
  type KpiSummaryEntry,
  type KpiValue,
  kpiEngine,
  kpiProjection,
  kpiSeries,
  kpiSummary,
  MAX_CHART_LIMIT,
  MAX_POINTS_PER_SERIES,
  normaliseName,
  openRecurrences,
  openRisksOfRegion,
  type Page,
  type Period,
  type RegisterRecommendation,
  type RegisterRisk,
  recommendationsOfRegion,
  type SeriesPoint,
} from './kpi/index.ts';
export { outcomesChangedBy } from './outcomes/changed-by.ts';
export {
  chartWithOutcomes,
  isOutcomeMeasure,
  OUTCOME_MEASURES,
  type OutcomeMeasure,
} from './outcomes/chart-outcomes.ts';
export {
  type OutcomeQuery,
  type Perception,
  type PerceptionMean,
  type PerceptionQuery,
  type PerceptionRow,
  perception,
} from './outcomes/perception.ts';
export {
  type PerceptionChangeQuery,
  type PerceptionChangeRow,
  perceptionChange,
  type SurveyPoint,
} from './outcomes/perception-change.ts';
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
export {
  cadencePeriodOf,
  isReportCadence,
  lastClosedPeriod,
  periodClosingInstant,
} from './report/schedule-periods.ts';
export {
  emptyScheduledSendingState,
  evolveScheduledSending,
  type ScheduledSendingState,
  type ScheduledSendingStatus,
  type ScheduledSendingView,
  type ScheduleSendingSummary,
  scheduledSendingProjection,
  sendingKey,
} from './report/scheduled-sending.ts';
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
