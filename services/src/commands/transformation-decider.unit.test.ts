import type { EventData } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import {
  ASTANA,
  command,
  REC_A,
  REC_B,
  RISK_A,
  RISK_ASTANA,
  RISK_B,
  recommendationIssued,
  riskIdentified,
  riskRemoved,
  riskWithdrawn,
  TRANSFORMATION,
  TRANSFORMATION_EARLIER,
} from './fixtures.ts';
import { given } from './given-when-then.ts';

const data = (over: Partial<EventData<'ProcessTransformed'>> = {}): EventData<'ProcessTransformed'> => ({
  transformationId: TRANSFORMATION,
  region: 'KZ-15',
  organization: 'Акимат г. Актобе',
  process: 'Предоставление земельных участков',
  kind: 'DIGITISED',
  description: 'Заявки принимаются только через портал, очередь открыта',
  removesRiskIds: [RISK_A],
  implementsRecommendationIds: [],
  occurredOn: '2026-05-15',
  ...over,
});
const transform = (over: Partial<EventData<'ProcessTransformed'>> = {}) =>
  command('RecordTransformation', data(over));

const rejected = (occurredOn: string) =>
  ({
    type: 'RecommendationRejected',
    data: { recommendationId: REC_A, reason: 'Отклонена', occurredOn },
  }) as const;

const twoRisksAndRecommendations = [
  riskIdentified(),
  riskIdentified({ riskId: RISK_B, occurredOn: '2026-04-20' }),
  recommendationIssued(),
  recommendationIssued({ recommendationId: REC_B, riskId: RISK_B, occurredOn: '2026-04-25' }),
];

describe('record a transformation', () => {
  it('removes its risks and implements their recommendations in its one event', () => {
    const both = { removesRiskIds: [RISK_A, RISK_B], implementsRecommendationIds: [REC_A, REC_B] };
    given(...twoRisksAndRecommendations)
      .when(transform(both))
      .thenRecords({ type: 'ProcessTransformed', data: data(both) });
  });

  it('is what tells its risks they are removed and its recommendations they are implemented', () => {
    const both = { removesRiskIds: [RISK_A, RISK_B], implementsRecommendationIds: [REC_A, REC_B] };
    const transformed = { type: 'ProcessTransformed', data: data(both) } as const;
    given(...twoRisksAndRecommendations, transformed)
      .when(transform({ transformationId: TRANSFORMATION_EARLIER, removesRiskIds: [RISK_B] }))
      .thenInvalid(['removesRiskIds.0', 'removed']);
    given(...twoRisksAndRecommendations, transformed)
      .when(
        transform({
          transformationId: TRANSFORMATION_EARLIER,
          removesRiskIds: [RISK_A],
          implementsRecommendationIds: [REC_A],
        }),
      )
      .thenInvalid(['removesRiskIds.0', 'removed'], ['implementsRecommendationIds.0', 'implemented']);
  });

  it('refuses a transformation for another region', () => {
    given(riskIdentified())
      .when(transform({ region: ASTANA }))
      .thenForbidden();
  });

  it('refuses naming a risk that does not exist, or of another region', () => {
    given(riskIdentified())
      .when(transform({ removesRiskIds: [RISK_A, RISK_B] }))
      .thenNotFound(RISK_B);
    given(riskIdentified(), riskIdentified({ riskId: RISK_ASTANA, region: ASTANA }))
      .when(transform({ removesRiskIds: [RISK_A, RISK_ASTANA] }))
      .thenForbidden();
  });

  it('refuses removing a risk twice, naming the one already removed and its date', () => {
    const [found] = given(...twoRisksAndRecommendations, riskRemoved(RISK_B))
      .when(transform({ removesRiskIds: [RISK_A, RISK_B] }))
      .thenInvalid(['removesRiskIds.1', 'removed']);
    expect(found?.message).toBe(
      `risk ${RISK_B} was removed on 2026-05-01 by transformation ${TRANSFORMATION_EARLIER}; a risk is removed once`,
    );
  });

  it('refuses removing a withdrawn risk', () => {
    given(riskIdentified(), riskWithdrawn()).when(transform()).thenInvalid(['removesRiskIds.0', 'withdrawn']);
  });

  it('refuses a date before any risk it removes or recommendation it implements, or in the future', () => {
    given(...twoRisksAndRecommendations)
      .when(transform({ removesRiskIds: [RISK_A, RISK_B], occurredOn: '2026-04-19' }))
      .thenInvalid(['occurredOn', 'before_referenced'], ['removesRiskIds.1', 'recommended_after']);
    given(...twoRisksAndRecommendations)
      .when(
        transform({
          removesRiskIds: [RISK_B],
          implementsRecommendationIds: [REC_B],
          occurredOn: '2026-04-24',
        }),
      )
      .thenInvalid(['occurredOn', 'before_referenced']);
    given(riskIdentified())
      .when(transform({ occurredOn: '2026-06-16' }))
      .thenInvalid(['occurredOn', 'in_future']);
  });

  it('accepts a transformation dated the day its latest recommendation was issued', () => {
    const sameDay = {
      removesRiskIds: [RISK_B],
      implementsRecommendationIds: [REC_B],
      occurredOn: '2026-04-25',
    };
    given(...twoRisksAndRecommendations)
      .when(transform(sameDay))
      .thenRecords({ type: 'ProcessTransformed', data: data(sameDay) });
  });

  it('refuses a recommendation that does not exist, or of another region', () => {
    given(riskIdentified())
      .when(transform({ implementsRecommendationIds: [REC_A] }))
      .thenNotFound(REC_A);
    given(riskIdentified(), recommendationIssued({ region: ASTANA }))
      .when(transform({ implementsRecommendationIds: [REC_A] }))
      .thenForbidden();
  });

  it('refuses a recommendation rejected on or before its date, naming the rejection and its date', () => {
    const [found] = given(...twoRisksAndRecommendations, rejected('2026-05-01'))
      .when(transform({ implementsRecommendationIds: [REC_A] }))
      .thenInvalid(['implementsRecommendationIds.0', 'rejected']);
    expect(found?.message).toBe(`recommendation ${REC_A} was rejected on 2026-05-01`);
  });

  it('refuses a recommendation rejected after its date, a rejection it would make invalid', () => {
    // The rejection (2026-05-20) was recorded first; the transformation of 2026-05-15 came late.
    const [found] = given(...twoRisksAndRecommendations, rejected('2026-05-20'))
      .when(transform({ implementsRecommendationIds: [REC_A] }))
      .thenInvalid(['implementsRecommendationIds.0', 'rejected_later']);
    expect(found?.message).toBe(
      `recommendation ${REC_A} was rejected on 2026-05-20: implementing it on an earlier date would make that rejection invalid`,
    );
  });

  it('refuses a recommendation already implemented', () => {
    given(...twoRisksAndRecommendations, riskRemoved(RISK_B, TRANSFORMATION_EARLIER, [REC_B]))
      .when(transform({ removesRiskIds: [RISK_A, RISK_B], implementsRecommendationIds: [REC_A, REC_B] }))
      .thenInvalid(['removesRiskIds.1', 'removed'], ['implementsRecommendationIds.1', 'implemented']);
  });

  it('refuses a date before a recommendation recorded for a risk it removes, naming it and its date', () => {
    // The recommendation (2026-04-25) was recorded first; the transformation dated 2026-04-22 came late.
    const [found] = given(...twoRisksAndRecommendations)
      .when(transform({ removesRiskIds: [RISK_B], occurredOn: '2026-04-22' }))
      .thenInvalid(['removesRiskIds.0', 'recommended_after']);
    expect(found?.message).toBe(
      `recommendation ${REC_B} for risk ${RISK_B} was issued on 2026-04-25, after this transformation's date: a risk's recommendations are dated on or before its removal`,
    );
    // On the day of the recommendation, or after, it stands.
    given(...twoRisksAndRecommendations)
      .when(transform({ removesRiskIds: [RISK_B], occurredOn: '2026-04-25' }))
      .thenRecords({
        type: 'ProcessTransformed',
        data: data({ removesRiskIds: [RISK_B], occurredOn: '2026-04-25' }),
      });
  });

  it('implements a recommendation whose due date moved on or before its date, in either order', () => {
    const moved = (occurredOn: string) =>
      ({
        type: 'RecommendationDueDateMoved',
        data: { recommendationId: REC_A, dueOn: '2026-12-01', reason: 'Перенос', occurredOn },
      }) as const;
    const implementsA = { implementsRecommendationIds: [REC_A] };
    for (const history of [[moved('2026-05-10')], [moved('2026-05-15')]]) {
      given(...twoRisksAndRecommendations, ...history)
        .when(transform(implementsA))
        .thenRecords({ type: 'ProcessTransformed', data: data(implementsA) });
    }
    // A move dated after the transformation cannot have happened before it was recorded.
    const [found] = given(...twoRisksAndRecommendations, moved('2026-05-20'))
      .when(transform(implementsA))
      .thenInvalid(['implementsRecommendationIds.0', 'moved_after']);
    expect(found?.message).toBe(
      `the due date of recommendation ${REC_A} was moved on 2026-05-20, after this transformation's date`,
    );
  });

  it('refuses a recommendation issued for a risk it does not remove', () => {
    given(...twoRisksAndRecommendations)
      .when(transform({ removesRiskIds: [RISK_A], implementsRecommendationIds: [REC_A, REC_B] }))
      .thenInvalid(['implementsRecommendationIds.1', 'risk_not_removed']);
  });

  it('refuses a transformation whose stream already exists', () => {
    given(riskIdentified(), { type: 'ProcessTransformed', data: data() })
      .when(transform())
      .thenConflict(`transformation-${TRANSFORMATION}`);
  });
});
