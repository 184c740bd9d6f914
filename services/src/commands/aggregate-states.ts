import {
  commentaryStream,
  type DomainEvent,
  figureCommentStream,
  type ProcessTransformed,
  receptionStream,
  streams,
  surveyStream,
  targetStream,
} from '@kpi/schema';
import {
  type CommentaryState,
  evolveCommentary,
  evolveFigureComment,
  type FigureCommentState,
  initialCommentaryState,
  initialFigureCommentState,
} from './annotation-decider.ts';
import type { AggregateView } from './decide.ts';
import { LayeredMap } from './layered-map.ts';
import {
  evolveSurvey,
  initialReceptionState,
  initialSurveyState,
  type ReceptionState,
  type SurveyState,
} from './outcome-decider.ts';
import {
  evolveRecommendation,
  implementRecommendation,
  initialRecommendationState,
  type RecommendationState,
} from './recommendation-decider.ts';
import { evolveRight, initialRightState, type RightState } from './right-decider.ts';
import { evolveRisk, initialRiskState, type RiskState, recommendRisk, removeRisk } from './risk-decider.ts';
import { evolveTarget, initialTargetState, type TargetState } from './target-decider.ts';
import {
  evolveTransformation,
  initialTransformationState,
  type TransformationState,
} from './transformation-decider.ts';

/** Every aggregate's state of a boundary as plain maps: what a write-side snapshot holds. */
export interface StoredAggregates {
  readonly risks: ReadonlyMap<string, RiskState>;
  readonly recommendations: ReadonlyMap<string, RecommendationState>;
  readonly transformations: ReadonlyMap<string, TransformationState>;
  readonly rights: ReadonlyMap<string, RightState>;
  readonly targets: ReadonlyMap<string, TargetState>;
  readonly surveys: ReadonlyMap<string, SurveyState>;
  readonly receptions: ReadonlyMap<string, ReceptionState>;
  readonly commentaries: ReadonlyMap<string, CommentaryState>;
  readonly figureComments: ReadonlyMap<string, FigureCommentState>;
  readonly versions: ReadonlyMap<string, number>;
}

/**
 * The state of every aggregate of one consistency boundary (a reporting unit's stream, or a
 * target's), folded from its events, kept current as a batch of commands records new ones, so a
 * later command in the batch sees what an earlier one decided.
 *
 * A decision works on `layer()`, which reads through to the kept state and changes it only when
 * `commit()`ed after a successful append.
 */
export class AggregateStates implements AggregateView {
  readonly #risks: LayeredMap<RiskState>;
  readonly #recommendations: LayeredMap<RecommendationState>;
  readonly #transformations: LayeredMap<TransformationState>;
  readonly #rights: LayeredMap<RightState>;
  readonly #targets: LayeredMap<TargetState>;
  readonly #surveys: LayeredMap<SurveyState>;
  readonly #receptions: LayeredMap<ReceptionState>;
  readonly #commentaries: LayeredMap<CommentaryState>;
  readonly #figureComments: LayeredMap<FigureCommentState>;
  /** Each thing's own version: its number of recorded changes less one (see `versionOf`). */
  readonly #versions: LayeredMap<number>;

  constructor(base: AggregateStates | null = null, stored: StoredAggregates | null = null) {
    this.#risks = new LayeredMap(base === null ? null : base.#risks, stored?.risks);
    this.#recommendations = new LayeredMap(
      base === null ? null : base.#recommendations,
      stored?.recommendations,
    );
    this.#transformations = new LayeredMap(
      base === null ? null : base.#transformations,
      stored?.transformations,
    );
    this.#rights = new LayeredMap(base === null ? null : base.#rights, stored?.rights);
    this.#targets = new LayeredMap(base === null ? null : base.#targets, stored?.targets);
    this.#surveys = new LayeredMap(base === null ? null : base.#surveys, stored?.surveys);
    this.#receptions = new LayeredMap(base === null ? null : base.#receptions, stored?.receptions);
    this.#commentaries = new LayeredMap(base === null ? null : base.#commentaries, stored?.commentaries);
    this.#figureComments = new LayeredMap(
      base === null ? null : base.#figureComments,
      stored?.figureComments,
    );
    this.#versions = new LayeredMap(base === null ? null : base.#versions, stored?.versions);
  }

  /** The state a snapshot kept (its maps are taken as they are). */
  static restored(stored: StoredAggregates): AggregateStates {
    return new AggregateStates(null, stored);
  }

  /**
   * This kept state as plain maps, for a snapshot: the live maps, not copies, so they are to be
   * written at once (before anything is folded into them). Of a base state only: a layer's own
   * entries are a decision not yet appended.
   */
  stored(): StoredAggregates {
    return {
      risks: this.#risks.own,
      recommendations: this.#recommendations.own,
      transformations: this.#transformations.own,
      rights: this.#rights.own,
      targets: this.#targets.own,
      surveys: this.#surveys.own,
      receptions: this.#receptions.own,
      commentaries: this.#commentaries.own,
      figureComments: this.#figureComments.own,
      versions: this.#versions.own,
    };
  }

  /** A layer over this state for one decision: what it applies stays in the layer until committed. */
  layer(): AggregateStates {
    return new AggregateStates(this);
  }

  /** Writes what was applied to this layer into the state it was made from. */
  commit(): void {
    this.#risks.commit();
    this.#recommendations.commit();
    this.#transformations.commit();
    this.#rights.commit();
    this.#targets.commit();
    this.#surveys.commit();
    this.#receptions.commit();
    this.#commentaries.commit();
    this.#figureComments.commit();
    this.#versions.commit();
  }

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

  /**
   * The version of a thing, by its name (`risk-<id>`, `recommendation-<id>`, a target's stream):
   * 0 once recorded, one more with each event that changes it, a transformation that removes a
   * risk or implements a recommendation included. It numbers a thing's changes as its own stream
   * did in the earlier layout, so a revision a client holds keeps its meaning. Null when unknown.
   */
  versionOf(thing: string): number | null {
    return this.#versions.get(thing) ?? null;
  }

  apply(event: DomainEvent): void {
    for (const thing of thingsChangedBy(event)) {
      this.#versions.set(thing, (this.#versions.get(thing) ?? -1) + 1);
    }
    switch (event.type) {
      case 'RiskIdentified':
      case 'RiskReclassified':
      case 'RiskWithdrawn':
      case 'RiskRemoved': {
        const id = event.data.riskId;
        this.#risks.set(id, evolveRisk(this.risk(id), event));
        return;
      }
      case 'RecommendationIssued': {
        const { recommendationId, riskId } = event.data;
        this.#recommendations.set(
          recommendationId,
          evolveRecommendation(this.recommendation(recommendationId), event),
        );
        this.#risks.set(riskId, recommendRisk(this.risk(riskId), event));
        return;
      }
      case 'RecommendationRejected':
      case 'RecommendationDueDateMoved':
      case 'RecommendationImplemented': {
        const id = event.data.recommendationId;
        this.#recommendations.set(id, evolveRecommendation(this.recommendation(id), event));
        return;
      }
      case 'ProcessTransformed':
        this.#transform(event);
        return;
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

  /** The risks it removes and the recommendations it implements learn it from this one event. */
  #transform(event: ProcessTransformed): void {
    const { transformationId, removesRiskIds, implementsRecommendationIds } = event.data;
    this.#transformations.set(
      transformationId,
      evolveTransformation(this.transformation(transformationId), event),
    );
    for (const id of removesRiskIds) this.#risks.set(id, removeRisk(this.risk(id), event));
    for (const id of implementsRecommendationIds ?? []) {
      this.#recommendations.set(id, implementRecommendation(this.recommendation(id), event));
    }
  }
}

/**
 * The things an event changes, by name. The earlier layout's markers (RiskRemoved,
 * RecommendationImplemented) change nothing: the transformation says it, and a store migrated to
 * unit streams holds no markers.
 */
const thingsChangedBy = (event: DomainEvent): string[] => {
  switch (event.type) {
    case 'RiskIdentified':
    case 'RiskReclassified':
    case 'RiskWithdrawn':
      return [streams.risk(event.data.riskId)];
    case 'RecommendationIssued':
    case 'RecommendationRejected':
    case 'RecommendationDueDateMoved':
      return [streams.recommendation(event.data.recommendationId)];
    case 'RiskRemoved':
    case 'RecommendationImplemented':
      return [];
    case 'ProcessTransformed':
      return [
        streams.transformation(event.data.transformationId),
        ...event.data.removesRiskIds.map(streams.risk),
        ...(event.data.implementsRecommendationIds ?? []).map(streams.recommendation),
      ];
    case 'RightRestored':
      return [streams.right(event.data.caseId)];
    case 'TargetSet':
    case 'TargetWithdrawn':
      return [targetStream(event.data)];
    case 'PerceptionSurveyConducted':
    case 'PerceptionSurveyWithdrawn':
      return [surveyStream(event.data.surveyId)];
    case 'CitizenReceptionHeld':
      return [receptionStream(event.data.receptionId)];
    case 'ReportCommentaryWritten':
      return [commentaryStream(event.data)];
    case 'FigureCommentAdded':
    case 'FigureCommentWithdrawn':
      return [figureCommentStream(event.data.commentId)];
    default: {
      const unknown: never = event;
      throw new Error(`unknown event ${(unknown as { type: string }).type}`);
    }
  }
};

/** The thing an event is first about (a transformation's own, before what it removes), if any. */
export const subjectOf = (event: DomainEvent): string | null => thingsChangedBy(event)[0] ?? null;
