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
 * first, or a thrown CommandRefusedError. Pure: the command carries "now".
 */
export const decide = (command: DecidableCommand, view: AggregateView): DomainEvent[] => {
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
      return setTarget(command, view.target(targetStream(command.data)));
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
      return addFigureComment(command, view.figureComment(command.data.commentId));
    case 'WithdrawFigureComment':
      return withdrawFigureComment(command, view.figureComment(command.data.commentId));
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${(unknown as { type: string }).type}`);
    }
  }
};

/**
 * The streams a decision reads, the command's own (primary) stream first. The handler loads
 * these and appends with each one's expected revision, so that whatever the decision relied on
 * cannot change between reading and writing.
 */
export const streamsRead = (command: DecidableCommand): string[] => {
  switch (command.type) {
    case 'IdentifyRisk':
    case 'ReclassifyRisk':
    case 'WithdrawRisk':
      return [streams.risk(command.data.riskId)];
    case 'IssueRecommendation':
      return [streams.recommendation(command.data.recommendationId), streams.risk(command.data.riskId)];
    case 'RejectRecommendation':
    case 'MoveRecommendationDueDate':
      return [streams.recommendation(command.data.recommendationId)];
    case 'RecordTransformation':
      return [
        streams.transformation(command.data.transformationId),
        ...command.data.removesRiskIds.map(streams.risk),
        ...command.data.implementsRecommendationIds.map(streams.recommendation),
      ];
    case 'RecordRightRestored':
      return command.data.riskId === undefined
        ? [streams.right(command.data.caseId)]
        : [streams.right(command.data.caseId), streams.risk(command.data.riskId)];
    case 'SetTarget':
    case 'WithdrawTarget':
      return [targetStream(command.data)];
    case 'RecordPerceptionSurvey':
    case 'WithdrawPerceptionSurvey':
      return [surveyStream(command.data.surveyId)];
    case 'RecordCitizenReception':
      return [receptionStream(command.data.receptionId)];
    case 'WriteReportCommentary':
      return [commentaryStream(command.data)];
    case 'AddFigureComment':
    case 'WithdrawFigureComment':
      return [figureCommentStream(command.data.commentId)];
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${(unknown as { type: string }).type}`);
    }
  }
};

/** Every domain event names its aggregate's id, so its stream follows from its data. */
export const streamOf = (event: DomainEvent): string => {
  switch (event.type) {
    case 'RiskIdentified':
    case 'RiskReclassified':
    case 'RiskWithdrawn':
    case 'RiskRemoved':
      return streams.risk(event.data.riskId);
    case 'RecommendationIssued':
    case 'RecommendationRejected':
    case 'RecommendationDueDateMoved':
    case 'RecommendationImplemented':
      return streams.recommendation(event.data.recommendationId);
    case 'ProcessTransformed':
      return streams.transformation(event.data.transformationId);
    case 'RightRestored':
      return streams.right(event.data.caseId);
    case 'TargetSet':
    case 'TargetWithdrawn':
      return targetStream(event.data);
    case 'PerceptionSurveyConducted':
    case 'PerceptionSurveyWithdrawn':
      return surveyStream(event.data.surveyId);
    case 'CitizenReceptionHeld':
      return receptionStream(event.data.receptionId);
    case 'ReportCommentaryWritten':
      return commentaryStream(event.data);
    case 'FigureCommentAdded':
    case 'FigureCommentWithdrawn':
      return figureCommentStream(event.data.commentId);
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${(unknown as { type: string }).type}`);
    }
  }
};
