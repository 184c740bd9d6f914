import type { z } from 'zod';
import {
  UserDeactivatedData,
  UsernameReservedData,
  UserPasswordChangedData,
  UserRegisteredData,
  UserRoleGrantedData,
  UserSignedOutData,
} from './accounts.ts';
import {
  AlertClearedData,
  AlertDeliveryAttemptedData,
  AlertDeliveryFailedData,
  AlertDeliverySucceededData,
  AlertFiredData,
  AlertRuleChangedData,
  AlertRuleCreatedData,
  AlertRuleDeletedData,
  AlertRuleMutedData,
  AlertRuleUnmutedData,
} from './alerts.ts';
import {
  FigureCommentAddedData,
  FigureCommentWithdrawnData,
  ReportCommentaryWrittenData,
} from './annotation.ts';
import { CentralBodyAddedData, CentralBodyRenamedData } from './central-bodies.ts';
import {
  BoardArrangedData,
  ChartDeletedData,
  ChartRenamedData,
  ChartSavedData,
  ChartUpdatedData,
} from './charts.ts';
import {
  CitizenReceptionHeldData,
  PerceptionSurveyConductedData,
  PerceptionSurveyWithdrawnData,
} from './outcome.ts';
import {
  RecommendationDueDateMovedData,
  RecommendationImplementedData,
  RecommendationIssuedData,
  RecommendationRejectedData,
} from './recommendation.ts';
import {
  ReportScheduleChangedData,
  ReportScheduleCreatedData,
  ReportScheduleWithdrawnData,
  ScheduledReportAttemptedData,
  ScheduledReportFailedData,
  ScheduledReportSentData,
} from './report-schedules.ts';
import { RightRestoredData } from './right.ts';
import { RiskIdentifiedData, RiskReclassifiedData, RiskRemovedData, RiskWithdrawnData } from './risk.ts';
import { TargetSetData, TargetWithdrawnData } from './target.ts';
import { ProcessTransformedData } from './transformation.ts';

/**
 * Every domain event type with the schema of its current version. The type string equals the
 * type name; events are named in the past tense.
 */
export const EVENT_SCHEMAS = {
  RiskIdentified: RiskIdentifiedData,
  RiskReclassified: RiskReclassifiedData,
  RiskWithdrawn: RiskWithdrawnData,
  RiskRemoved: RiskRemovedData,
  RecommendationIssued: RecommendationIssuedData,
  RecommendationRejected: RecommendationRejectedData,
  RecommendationDueDateMoved: RecommendationDueDateMovedData,
  RecommendationImplemented: RecommendationImplementedData,
  ProcessTransformed: ProcessTransformedData,
  RightRestored: RightRestoredData,
  UserRegistered: UserRegisteredData,
  UserRoleGranted: UserRoleGrantedData,
  UserPasswordChanged: UserPasswordChangedData,
  UserDeactivated: UserDeactivatedData,
  UsernameReserved: UsernameReservedData,
  UserSignedOut: UserSignedOutData,
  ChartSaved: ChartSavedData,
  ChartRenamed: ChartRenamedData,
  ChartUpdated: ChartUpdatedData,
  ChartDeleted: ChartDeletedData,
  BoardArranged: BoardArrangedData,
  TargetSet: TargetSetData,
  TargetWithdrawn: TargetWithdrawnData,
  PerceptionSurveyConducted: PerceptionSurveyConductedData,
  PerceptionSurveyWithdrawn: PerceptionSurveyWithdrawnData,
  CitizenReceptionHeld: CitizenReceptionHeldData,
  ReportCommentaryWritten: ReportCommentaryWrittenData,
  FigureCommentAdded: FigureCommentAddedData,
  FigureCommentWithdrawn: FigureCommentWithdrawnData,
  AlertRuleCreated: AlertRuleCreatedData,
  AlertRuleChanged: AlertRuleChangedData,
  AlertRuleMuted: AlertRuleMutedData,
  AlertRuleUnmuted: AlertRuleUnmutedData,
  AlertRuleDeleted: AlertRuleDeletedData,
  AlertFired: AlertFiredData,
  AlertCleared: AlertClearedData,
  AlertDeliveryAttempted: AlertDeliveryAttemptedData,
  AlertDeliverySucceeded: AlertDeliverySucceededData,
  AlertDeliveryFailed: AlertDeliveryFailedData,
  ReportScheduleCreated: ReportScheduleCreatedData,
  ReportScheduleChanged: ReportScheduleChangedData,
  ReportScheduleWithdrawn: ReportScheduleWithdrawnData,
  ScheduledReportAttempted: ScheduledReportAttemptedData,
  ScheduledReportSent: ScheduledReportSentData,
  ScheduledReportFailed: ScheduledReportFailedData,
  CentralBodyAdded: CentralBodyAddedData,
  CentralBodyRenamed: CentralBodyRenamedData,
} as const;

export type EventType = keyof typeof EVENT_SCHEMAS;
export const EVENT_TYPES = Object.keys(EVENT_SCHEMAS) as EventType[];

export const isEventType = (type: string): type is EventType => Object.hasOwn(EVENT_SCHEMAS, type);

/** The data of an event type as stored and read (after upcasting). */
export type EventData<T extends EventType> = z.output<(typeof EVENT_SCHEMAS)[T]>;

export interface Event<Type extends string, Data> {
  readonly type: Type;
  readonly data: Data;
}

export type RiskIdentified = Event<'RiskIdentified', EventData<'RiskIdentified'>>;
export type RiskReclassified = Event<'RiskReclassified', EventData<'RiskReclassified'>>;
export type RiskWithdrawn = Event<'RiskWithdrawn', EventData<'RiskWithdrawn'>>;
export type RiskRemoved = Event<'RiskRemoved', EventData<'RiskRemoved'>>;
export type RecommendationIssued = Event<'RecommendationIssued', EventData<'RecommendationIssued'>>;
export type RecommendationRejected = Event<'RecommendationRejected', EventData<'RecommendationRejected'>>;
export type RecommendationDueDateMoved = Event<
  'RecommendationDueDateMoved',
  EventData<'RecommendationDueDateMoved'>
>;
export type RecommendationImplemented = Event<
  'RecommendationImplemented',
  EventData<'RecommendationImplemented'>
>;
export type ProcessTransformed = Event<'ProcessTransformed', EventData<'ProcessTransformed'>>;
export type RightRestored = Event<'RightRestored', EventData<'RightRestored'>>;

export type RiskEvent = RiskIdentified | RiskReclassified | RiskWithdrawn | RiskRemoved;
export type RecommendationEvent =
  | RecommendationIssued
  | RecommendationRejected
  | RecommendationDueDateMoved
  | RecommendationImplemented;
export type TransformationEvent = ProcessTransformed;
export type RightEvent = RightRestored;
export type TargetSet = Event<'TargetSet', EventData<'TargetSet'>>;
export type TargetWithdrawn = Event<'TargetWithdrawn', EventData<'TargetWithdrawn'>>;
/** The chair's targets for KPIs; the KPIs themselves never read them. */
export type TargetEvent = TargetSet | TargetWithdrawn;
export type PerceptionSurveyConducted = Event<
  'PerceptionSurveyConducted',
  EventData<'PerceptionSurveyConducted'>
>;
export type PerceptionSurveyWithdrawn = Event<
  'PerceptionSurveyWithdrawn',
  EventData<'PerceptionSurveyWithdrawn'>
>;
export type CitizenReceptionHeld = Event<'CitizenReceptionHeld', EventData<'CitizenReceptionHeld'>>;
/** Outcome records: perception surveys and citizen receptions. */
export type OutcomeEvent = PerceptionSurveyConducted | PerceptionSurveyWithdrawn | CitizenReceptionHeld;
export type ReportCommentaryWritten = Event<'ReportCommentaryWritten', EventData<'ReportCommentaryWritten'>>;
export type FigureCommentAdded = Event<'FigureCommentAdded', EventData<'FigureCommentAdded'>>;
export type FigureCommentWithdrawn = Event<'FigureCommentWithdrawn', EventData<'FigureCommentWithdrawn'>>;
/** What the chair and analysts say about the figures; the KPIs themselves never read them. */
export type AnnotationEvent = ReportCommentaryWritten | FigureCommentAdded | FigureCommentWithdrawn;
export type DomainEvent =
  | RiskEvent
  | RecommendationEvent
  | TransformationEvent
  | RightEvent
  | TargetEvent
  | OutcomeEvent
  | AnnotationEvent;

export type UserRegistered = Event<'UserRegistered', EventData<'UserRegistered'>>;
export type UserRoleGranted = Event<'UserRoleGranted', EventData<'UserRoleGranted'>>;
export type UserPasswordChanged = Event<'UserPasswordChanged', EventData<'UserPasswordChanged'>>;
export type UserDeactivated = Event<'UserDeactivated', EventData<'UserDeactivated'>>;
export type UsernameReserved = Event<'UsernameReserved', EventData<'UsernameReserved'>>;
export type UserSignedOut = Event<'UserSignedOut', EventData<'UserSignedOut'>>;
/** Account events live beside the domain events in the log; KPIs never read them. */
export type AccountEvent =
  | UserRegistered
  | UserRoleGranted
  | UserPasswordChanged
  | UserDeactivated
  | UsernameReserved
  | UserSignedOut;

export type ChartSaved = Event<'ChartSaved', EventData<'ChartSaved'>>;
export type ChartRenamed = Event<'ChartRenamed', EventData<'ChartRenamed'>>;
export type ChartUpdated = Event<'ChartUpdated', EventData<'ChartUpdated'>>;
export type ChartDeleted = Event<'ChartDeleted', EventData<'ChartDeleted'>>;
export type BoardArranged = Event<'BoardArranged', EventData<'BoardArranged'>>;
/** Analysts' saved charts and boards; KPIs never read them. */
export type ChartEvent = ChartSaved | ChartRenamed | ChartUpdated | ChartDeleted;
export type BoardEvent = BoardArranged;

export type CentralBodyAdded = Event<'CentralBodyAdded', EventData<'CentralBodyAdded'>>;
export type CentralBodyRenamed = Event<'CentralBodyRenamed', EventData<'CentralBodyRenamed'>>;
/** The administrator's changes to the catalogue of central state bodies; KPIs never read them. */
export type CentralBodyEvent = CentralBodyAdded | CentralBodyRenamed;
