import { commentaryStream, type DomainEvent, targetStream } from '@kpi/schema';
import {
  type CommentaryState,
  evolveCommentary,
  evolveFigureComment,
  type FigureCommentState,
  initialCommentaryState,
  initialFigureCommentState,
} from './annotation-decider.ts';
import type { AggregateView } from './decide.ts';
import {
  evolveSurvey,
  initialReceptionState,
  initialSurveyState,
  type ReceptionState,
  type SurveyState,
} from './outcome-decider.ts';
import {
  evolveRecommendation,
  initialRecommendationState,
  type RecommendationState,
} from './recommendation-decider.ts';
import { evolveRight, initialRightState, type RightState } from './right-decider.ts';
import { evolveRisk, initialRiskState, type RiskState } from './risk-decider.ts';
import { evolveTarget, initialTargetState, type TargetState } from './target-decider.ts';
import {
  evolveTransformation,
  initialTransformationState,
  type TransformationState,
} from './transformation-decider.ts';

/**
 * The state of every aggregate folded from its events, kept current as a batch of commands
 * records new ones, so a later command in the batch sees what an earlier one decided.
 */
export class AggregateStates implements AggregateView {
  readonly #risks = new Map<string, RiskState>();
  readonly #recommendations = new Map<string, RecommendationState>();
  readonly #transformations = new Map<string, TransformationState>();
  readonly #rights = new Map<string, RightState>();
  readonly #targets = new Map<string, TargetState>();
  readonly #surveys = new Map<string, SurveyState>();
  readonly #receptions = new Map<string, ReceptionState>();
  readonly #commentaries = new Map<string, CommentaryState>();
  readonly #figureComments = new Map<string, FigureCommentState>();

  risk(riskId: string): RiskState {
    return this.#risks.get(riskId) ?? initialRiskState();
  }

  recommendation(recommendationId: string): RecommendationState {
    return this.#recommendations.get(recommendationId) ?? initialRecommendationState();
  }

  transformation(transformationId: string): TransformationState {
    return this.#transformations.get(transformationId) ?? initialTransformationState();
  }

  right(caseId: string): RightState {
    return this.#rights.get(caseId) ?? initialRightState();
  }

  target(streamId: string): TargetState {
    return this.#targets.get(streamId) ?? initialTargetState();
  }

  survey(surveyId: string): SurveyState {
    return this.#surveys.get(surveyId) ?? initialSurveyState();
  }

  reception(receptionId: string): ReceptionState {
    return this.#receptions.get(receptionId) ?? initialReceptionState();
  }

  commentary(streamId: string): CommentaryState {
    return this.#commentaries.get(streamId) ?? initialCommentaryState();
  }

  figureComment(commentId: string): FigureCommentState {
    return this.#figureComments.get(commentId) ?? initialFigureCommentState();
  }

  apply(event: DomainEvent): void {
    switch (event.type) {
      case 'RiskIdentified':
      case 'RiskReclassified':
      case 'RiskWithdrawn':
      case 'RiskRemoved': {
        const id = event.data.riskId;
        this.#risks.set(id, evolveRisk(this.risk(id), event));
        return;
      }
      case 'RecommendationIssued':
      case 'RecommendationRejected':
      case 'RecommendationDueDateMoved':
      case 'RecommendationImplemented': {
        const id = event.data.recommendationId;
        this.#recommendations.set(id, evolveRecommendation(this.recommendation(id), event));
        return;
      }
      case 'ProcessTransformed': {
        const id = event.data.transformationId;
        this.#transformations.set(id, evolveTransformation(this.transformation(id), event));
        return;
      }
      case 'RightRestored': {
        const id = event.data.caseId;
        this.#rights.set(id, evolveRight(this.right(id), event));
        return;
      }
      case 'TargetSet':
      case 'TargetWithdrawn': {
        const id = targetStream(event.data);
        this.#targets.set(id, evolveTarget(this.target(id), event));
        return;
      }
      case 'PerceptionSurveyConducted':
      case 'PerceptionSurveyWithdrawn': {
        const id = event.data.surveyId;
        this.#surveys.set(id, evolveSurvey(this.survey(id), event));
        return;
      }
      case 'CitizenReceptionHeld':
        this.#receptions.set(event.data.receptionId, { exists: true });
        return;
      case 'ReportCommentaryWritten': {
        const id = commentaryStream(event.data);
        this.#commentaries.set(id, evolveCommentary(this.commentary(id), event));
        return;
      }
      case 'FigureCommentAdded':
      case 'FigureCommentWithdrawn': {
        const id = event.data.commentId;
        this.#figureComments.set(id, evolveFigureComment(this.figureComment(id), event));
        return;
      }
      default: {
        const unknown: never = event;
        throw new Error(`unknown event ${(unknown as { type: string }).type}`);
      }
    }
  }
}
