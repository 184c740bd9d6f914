import { commentaryId, type EVENT_SCHEMAS, type EventData, targetId } from '@kpi/schema';
import type { z } from 'zod';

/**
 * Every command records one primary event whose data is the command's data: the command is the
 * submitter's intent, the event is the fact once the invariants hold. Some commands add events
 * on other streams (a transformation records its removal on each risk it removes).
 */
export const COMMAND_EVENT = {
  IdentifyRisk: 'RiskIdentified',
  ReclassifyRisk: 'RiskReclassified',
  WithdrawRisk: 'RiskWithdrawn',
  IssueRecommendation: 'RecommendationIssued',
  RejectRecommendation: 'RecommendationRejected',
  MoveRecommendationDueDate: 'RecommendationDueDateMoved',
  RecordTransformation: 'ProcessTransformed',
  RecordRightRestored: 'RightRestored',
  SetTarget: 'TargetSet',
  WithdrawTarget: 'TargetWithdrawn',
  RecordPerceptionSurvey: 'PerceptionSurveyConducted',
  WithdrawPerceptionSurvey: 'PerceptionSurveyWithdrawn',
  RecordCitizenReception: 'CitizenReceptionHeld',
  WriteReportCommentary: 'ReportCommentaryWritten',
  AddFigureComment: 'FigureCommentAdded',
  WithdrawFigureComment: 'FigureCommentWithdrawn',
} as const;

export type CommandType = keyof typeof COMMAND_EVENT;
export const COMMAND_TYPES = Object.keys(COMMAND_EVENT) as CommandType[];
type PrimaryEventOf<T extends CommandType> = (typeof COMMAND_EVENT)[T];

/**
 * Commands that create a thing name no id: the server derives it from the submission id, so that
 * a resubmission lands on the same stream and answers with the same id.
 */
export const NEW_ID_FIELD = {
  IdentifyRisk: 'riskId',
  IssueRecommendation: 'recommendationId',
  RecordTransformation: 'transformationId',
  RecordRightRestored: 'caseId',
  RecordPerceptionSurvey: 'surveyId',
  RecordCitizenReception: 'receptionId',
  AddFigureComment: 'commentId',
} as const;

export type CreatingCommandType = keyof typeof NEW_ID_FIELD;

export const isCreating = (type: CommandType): type is CreatingCommandType =>
  Object.hasOwn(NEW_ID_FIELD, type);

type InputOf<T extends CommandType> = z.input<(typeof EVENT_SCHEMAS)[PrimaryEventOf<T>]>;

/** The data a submitter supplies: the primary event's fields, minus the id a creating command gets. */
export type CommandData<T extends CommandType> = T extends CreatingCommandType
  ? Omit<InputOf<T>, (typeof NEW_ID_FIELD)[T]>
  : InputOf<T>;

/**
 * A command as forms, the API, the import and demo data submit it to `handleCommand`.
 * `expectedRevision` is the revision of the thing's stream the submitter saw (commands on an
 * existing risk or recommendation): when it moved meanwhile, the answer is a conflict.
 */
export type Command = {
  [T in CommandType]: {
    readonly type: T;
    readonly data: CommandData<T>;
    readonly expectedRevision?: number;
  };
}[CommandType];

/** Commands of the chair's governance: they act for the country, not for a region. */
export const TARGET_COMMANDS = ['SetTarget', 'WithdrawTarget'] as const;
export type TargetCommandType = (typeof TARGET_COMMANDS)[number];
export const isTargetCommand = (type: unknown): type is TargetCommandType =>
  (TARGET_COMMANDS as readonly unknown[]).includes(type);

/**
 * Commands that act for the country, not for a region: the chair's targets and report
 * commentary, and the chair's and analysts' comments on figures. Who may submit each is the
 * policy's (`COUNTRY_COMMAND_ROLES`).
 */
export const COUNTRY_COMMANDS = [
  ...TARGET_COMMANDS,
  'WriteReportCommentary',
  'AddFigureComment',
  'WithdrawFigureComment',
] as const;
export type CountryCommandType = (typeof COUNTRY_COMMANDS)[number];
export const isCountryCommand = (type: unknown): type is CountryCommandType =>
  (COUNTRY_COMMANDS as readonly unknown[]).includes(type);

export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/**
 * A command ready for a decider: validated data including any new id, the instant it is decided
 * at and the region its submitter acts for. Deciders read no clock; "now" comes in here.
 */
export type DecidableCommand = {
  [T in CommandType]: {
    readonly type: T;
    readonly data: EventData<PrimaryEventOf<T>>;
    readonly now: Date;
    /** The officer's reporting unit (a region's or a central body's code); none for the commands that act for the country. */
    readonly submitterUnit: T extends CountryCommandType ? null : string;
  };
}[CommandType];

export type DecidableOf<T extends CommandType> = Extract<DecidableCommand, { type: T }>;

/** The field naming the thing a command creates or acts on: its stream is the primary one. */
export const SUBJECT_FIELD = {
  IdentifyRisk: 'riskId',
  ReclassifyRisk: 'riskId',
  WithdrawRisk: 'riskId',
  IssueRecommendation: 'recommendationId',
  RejectRecommendation: 'recommendationId',
  MoveRecommendationDueDate: 'recommendationId',
  RecordTransformation: 'transformationId',
  RecordRightRestored: 'caseId',
  RecordPerceptionSurvey: 'surveyId',
  WithdrawPerceptionSurvey: 'surveyId',
  RecordCitizenReception: 'receptionId',
  AddFigureComment: 'commentId',
  WithdrawFigureComment: 'commentId',
} as const satisfies Record<Exclude<CommandType, TargetCommandType | 'WriteReportCommentary'>, string>;

/**
 * The id of the thing a command acts on; a target is known by its KPI, unit and period, a
 * report's commentary by its unit and period.
 */
export const subjectIdOf = (command: DecidableCommand): string => {
  if (command.type === 'SetTarget' || command.type === 'WithdrawTarget') return targetId(command.data);
  if (command.type === 'WriteReportCommentary') return commentaryId(command.data);
  return (command.data as Record<string, unknown>)[SUBJECT_FIELD[command.type]] as string;
};
