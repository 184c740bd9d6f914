import {
  commentaryStream,
  type DomainEvent,
  figureCommentStream,
  receptionStream,
  streams,
  surveyStream,
  targetStream,
} from '@kpi/schema';
import {
  addFigureComment,
  type CommentaryState,
  type FigureCommentState,
  withdrawFigureComment,
  writeReportCommentary,
} from './annotation-decider.ts';
import type { DecidableCommand } from './command.ts';
import {
  type ReceptionState,
  recordCitizenReception,
  recordPerceptionSurvey,
  type SurveyState,
  withdrawPerceptionSurvey,
} from './outcome-decider.ts';
import {
  issueRecommendation,
  moveRecommendationDueDate,
  type RecommendationState,
  rejectRecommendation,
} from './recommendation-decider.ts';
import { type RightState, recordRightRestored } from './right-decider.ts';
import { identifyRisk, type RiskState, reclassifyRisk, withdrawRisk } from './risk-decider.ts';
import { setTarget, type TargetState, withdrawTarget } from './target-decider.ts';
import { recordTransformation, type TransformationState } from './transformation-decider.ts';
import { SEEDED_UNITS, type UnitCatalogue } from './unit-catalogue.ts';

/** The current state of every aggregate a decision may read, by id (initial when unknown). */
export interface AggregateView {
  risk(riskId: string): RiskState;
  recommendation(recommendationId: string): RecommendationState;
  transformation(transformationId: string): TransformationState;
  right(caseId: string): RightState;
  /** By stream: a target is known by its KPI, unit and period. */
  target(streamId: string): TargetState;
  survey(surveyId: string): SurveyState;
  reception(receptionId: string): ReceptionState;
  /** By stream: a commentary is known by its unit and period. */
  commentary(streamId: string): CommentaryState;
  figureComment(commentId: string): FigureCommentState;
}

/**
 * Decides a command against the aggregates it refers to: the events to record, the primary one
 * first, or a thrown CommandRefusedError. Pure: the command carries "now", and `units` what the
 * catalogue of central bodies holds when it is decided.
 */
export const decide = (
  command: DecidableCommand,
  view: AggregateView,
  units: UnitCatalogue = SEEDED_UNITS,
): DomainEvent[] => {
  switch (command.type) {
    case 'IdentifyRisk':
      return identifyRisk(command, view.risk(command.data.riskId));
    case 'ReclassifyRisk':
      return reclassifyRisk(command, view.risk(command.data.riskId));
    case 'WithdrawRisk':
      return withdrawRisk(command, view.risk(command.data.riskId));
    case 'IssueRecommendation':
      return issueRecommendation(command, {
        recommendation: view.recommendation(command.data.recommendationId),
        risk: view.risk(command.data.riskId),
      });
    case 'RejectRecommendation':
      return rejectRecommendation(command, view.recommendation(command.data.recommendationId));
    case 'MoveRecommendationDueDate':
      return moveRecommendationDueDate(command, view.recommendation(command.data.recommendationId));
    case 'RecordTransformation':
      return recordTransformation(command, {
        transformation: view.transformation(command.data.transformationId),
        risk: (id) => view.risk(id),
        recommendation: (id) => view.recommendation(id),
      });
    case 'RecordRightRestored':
      return recordRightRestored(command, {
        right: view.right(command.data.caseId),
        risk: command.data.riskId === undefined ? null : view.risk(command.data.riskId),
      });
    case 'SetTarget':
      return setTarget(command, view.target(targetStream(command.data)), units);
    case 'WithdrawTarget':
      return withdrawTarget(command, view.target(targetStream(command.data)));
    case 'RecordPerceptionSurvey':
      return recordPerceptionSurvey(command, view.survey(command.data.surveyId));
    case 'WithdrawPerceptionSurvey':
      return withdrawPerceptionSurvey(command, view.survey(command.data.surveyId));
    case 'RecordCitizenReception':
      return recordCitizenReception(command, view.reception(command.data.receptionId));
    case 'WriteReportCommentary':
      return writeReportCommentary(command, view.commentary(commentaryStream(command.data)));
    case 'AddFigureComment':
      return addFigureComment(command, view.figureComment(command.data.commentId), units);
    case 'WithdrawFigureComment':
      return withdrawFigureComment(command, view.figureComment(command.data.commentId));
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${(unknown as { type: string }).type}`);
    }
  }
};

/**
 * The consistency boundary a command is decided against and appended to, in one single-stream
 * append: the stream of the submitter's reporting unit, which holds every event its officers
 * record; for the country-wide commands (targets, the report's commentary, comments on figures), the stream of the thing they set.
 */
export const boundaryOf = (command: DecidableCommand): string => {
  switch (command.type) {
    case 'SetTarget':
    case 'WithdrawTarget':
    case 'WriteReportCommentary':
    case 'AddFigureComment':
    case 'WithdrawFigureComment':
      // Country-wide commands are no unit's facts: each keeps the stream of the thing it sets.
      return thingOf(command);
    default:
      return streams.unit(command.submitterUnit);
  }
};

/** The name of the thing a command creates or acts on, whose version a client may hold. */
export const thingOf = (command: DecidableCommand): string => {
  switch (command.type) {
    case 'IdentifyRisk':
    case 'ReclassifyRisk':
    case 'WithdrawRisk':
      return streams.risk(command.data.riskId);
    case 'IssueRecommendation':
    case 'RejectRecommendation':
    case 'MoveRecommendationDueDate':
      return streams.recommendation(command.data.recommendationId);
    case 'RecordTransformation':
      return streams.transformation(command.data.transformationId);
    case 'RecordRightRestored':
      return streams.right(command.data.caseId);
    case 'SetTarget':
    case 'WithdrawTarget':
      return targetStream(command.data);
    case 'RecordPerceptionSurvey':
    case 'WithdrawPerceptionSurvey':
      return surveyStream(command.data.surveyId);
    case 'RecordCitizenReception':
      return receptionStream(command.data.receptionId);
    case 'WriteReportCommentary':
      return commentaryStream(command.data);
    case 'AddFigureComment':
    case 'WithdrawFigureComment':
      return figureCommentStream(command.data.commentId);
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${(unknown as { type: string }).type}`);
    }
  }
};
