import { describe, expect, it } from 'vitest';
import {
  ASTANA,
  command,
  REC_A,
  RISK_A,
  recommendationIssued,
  riskIdentified,
  riskRemoved,
  riskWithdrawn,
  TRANSFORMATION,
  TRANSFORMATION_EARLIER,
} from './fixtures.ts';
import { given } from './given-when-then.ts';

const issue = (over = {}) => command('IssueRecommendation', recommendationIssued(over).data);
const reject = (occurredOn = '2026-05-01') =>
  command('RejectRecommendation', { recommendationId: REC_A, reason: 'Орган обосновал отказ', occurredOn });
const move = (over = {}) =>
  command('MoveRecommendationDueDate', {
    recommendationId: REC_A,
    dueOn: '2026-12-01',
    reason: 'Ждём поправок в норматив',
    occurredOn: '2026-05-01',
    ...over,
  });
const rejected = { type: 'RecommendationRejected', data: reject().data } as const;
const implemented = riskRemoved(RISK_A, TRANSFORMATION, [REC_A]);

describe('issue a recommendation', () => {
  it('issues it for an open risk of the region', () => {
    given(riskIdentified()).when(issue()).thenRecords(recommendationIssued());
  });

  it('refuses a risk that does not exist', () => {
    given().when(issue()).thenNotFound(RISK_A);
  });

  it("refuses another region's risk, and a recommendation for another region", () => {
    given(riskIdentified({ region: ASTANA }))
      .when(issue())
      .thenForbidden();
    given(riskIdentified())
      .when(issue({ region: ASTANA }))
      .thenForbidden();
  });

  it('refuses a withdrawn risk', () => {
    given(riskIdentified(), riskWithdrawn()).when(issue()).thenInvalid(['riskId', 'withdrawn']);
  });

  it('accepts one dated before its risk was removed, in either order of recording', () => {
    // The removal (2026-05-01) reached the office first; the recommendation of 2026-04-10 came later.
    given(riskIdentified(), riskRemoved()).when(issue()).thenRecords(recommendationIssued());
    given(riskIdentified()).when(issue()).thenRecords(recommendationIssued());
  });

  it('accepts one dated on the day its risk was removed', () => {
    given(riskIdentified(), riskRemoved())
      .when(issue({ occurredOn: '2026-05-01' }))
      .thenRecords(recommendationIssued({ occurredOn: '2026-05-01' }));
  });

  it('refuses one dated after its risk was removed, naming the removal and its date', () => {
    const [issue_] = given(riskIdentified(), riskRemoved())
      .when(issue({ occurredOn: '2026-05-02' }))
      .thenInvalid(['riskId', 'removed']);
    expect(issue_?.message).toBe(
      `the risk was removed on 2026-05-01 by transformation ${TRANSFORMATION_EARLIER}, before this recommendation`,
    );
  });

  it('refuses a recommendation issued before its risk was found', () => {
    given(riskIdentified())
      .when(issue({ occurredOn: '2026-03-13' }))
      .thenInvalid(['occurredOn', 'before_referenced']);
  });

  it('accepts one issued on the day the risk was found', () => {
    given(riskIdentified())
      .when(issue({ occurredOn: '2026-03-14' }))
      .thenRecords(recommendationIssued({ occurredOn: '2026-03-14' }));
  });

  it('refuses a date of issue in the future (the due date may be)', () => {
    given(riskIdentified())
      .when(issue({ occurredOn: '2026-06-16', dueOn: '2026-07-01' }))
      .thenInvalid(['occurredOn', 'in_future']);
  });
});

describe('reject a recommendation', () => {
  it('rejects an open recommendation', () => {
    given(recommendationIssued()).when(reject()).thenRecords(rejected);
  });

  it('refuses one that does not exist, or of another region', () => {
    given().when(reject()).thenNotFound(REC_A);
    given(recommendationIssued({ region: ASTANA }))
      .when(reject())
      .thenForbidden();
  });

  it('refuses rejecting twice, naming the rejection and its date', () => {
    const [twice] = given(recommendationIssued(), rejected)
      .when(reject())
      .thenInvalid(['recommendationId', 'rejected']);
    expect(twice?.message).toBe('the recommendation was rejected on 2026-05-01');
  });

  it('refuses a rejection dated on or after the implementation, naming it and its date', () => {
    for (const date of ['2026-05-01', '2026-05-20']) {
      const [found] = given(recommendationIssued(), implemented)
        .when(reject(date))
        .thenInvalid(['recommendationId', 'implemented']);
      expect(found?.message).toBe(
        `the recommendation was implemented on 2026-05-01 by transformation ${TRANSFORMATION}`,
      );
    }
  });

  it('refuses a rejection dated before a recorded implementation, which it would make invalid', () => {
    // Recorded late and dated first, it would make the transformation implement a rejected recommendation.
    const [found] = given(recommendationIssued(), implemented)
      .when(reject('2026-04-20'))
      .thenInvalid(['occurredOn', 'implemented_later']);
    expect(found?.message).toBe(
      `the recommendation was implemented on 2026-05-01 by transformation ${TRANSFORMATION}: a rejection dated before it would make that implementation invalid`,
    );
  });

  it('accepts a rejection of a recommendation reported after its risk was removed', () => {
    given(riskIdentified(), riskRemoved(), recommendationIssued()).when(reject()).thenRecords(rejected);
  });

  it('refuses a rejection dated before a recorded move of the due date, naming the move', () => {
    const [found] = given(recommendationIssued(), {
      type: 'RecommendationDueDateMoved',
      data: move({ occurredOn: '2026-05-10' }).data,
    })
      .when(reject('2026-05-01'))
      .thenInvalid(['occurredOn', 'after_referenced']);
    expect(found?.message).toContain('the due date was moved on 2026-05-10');
    given(recommendationIssued(), { type: 'RecommendationDueDateMoved', data: move().data })
      .when(reject('2026-05-01'))
      .thenRecords(rejected);
  });

  it('refuses a rejection before the issue or in the future', () => {
    given(recommendationIssued()).when(reject('2026-04-09')).thenInvalid(['occurredOn', 'before_referenced']);
    given(recommendationIssued()).when(reject('2026-06-16')).thenInvalid(['occurredOn', 'in_future']);
  });
});

describe('move a due date', () => {
  it('moves the due date of an open recommendation', () => {
    given(recommendationIssued())
      .when(move())
      .thenRecords({ type: 'RecommendationDueDateMoved', data: move().data });
  });

  it('sees the latest due date: moving to it again changes nothing', () => {
    given(recommendationIssued(), { type: 'RecommendationDueDateMoved', data: move().data })
      .when(move({ occurredOn: '2026-05-02' }))
      .thenInvalid(['dueOn', 'no_change']);
  });

  it('refuses one that does not exist, or of another region', () => {
    given().when(move()).thenNotFound(REC_A);
    given(recommendationIssued({ region: ASTANA }))
      .when(move())
      .thenForbidden();
  });

  it('accepts a move dated on or before the implementation, in either order of recording', () => {
    const moved = (occurredOn: string) =>
      ({ type: 'RecommendationDueDateMoved', data: move({ occurredOn }).data }) as const;
    // The implementation (2026-05-01) was recorded first; the move of 2026-04-20 was reported late.
    given(recommendationIssued(), implemented)
      .when(move({ occurredOn: '2026-04-20' }))
      .thenRecords(moved('2026-04-20'));
    given(recommendationIssued())
      .when(move({ occurredOn: '2026-04-20' }))
      .thenRecords(moved('2026-04-20'));
    given(recommendationIssued(), implemented).when(move()).thenRecords(moved('2026-05-01'));
  });

  it('accepts a move dated on or before the rejection, in either order of recording', () => {
    const moved = {
      type: 'RecommendationDueDateMoved',
      data: move({ occurredOn: '2026-04-20' }).data,
    } as const;
    given(recommendationIssued(), rejected)
      .when(move({ occurredOn: '2026-04-20' }))
      .thenRecords(moved);
    given(recommendationIssued())
      .when(move({ occurredOn: '2026-04-20' }))
      .thenRecords(moved);
  });

  it('refuses a move dated after the rejection or the implementation, naming it and its date', () => {
    const [afterRejection] = given(recommendationIssued(), rejected)
      .when(move({ occurredOn: '2026-05-02' }))
      .thenInvalid(['recommendationId', 'rejected']);
    expect(afterRejection?.message).toBe('the recommendation was rejected on 2026-05-01');
    const [afterImplementation] = given(recommendationIssued(), implemented)
      .when(move({ occurredOn: '2026-05-02' }))
      .thenInvalid(['recommendationId', 'implemented']);
    expect(afterImplementation?.message).toBe(
      `the recommendation was implemented on 2026-05-01 by transformation ${TRANSFORMATION}`,
    );
  });

  it('judges "changes nothing" by the due date in force on the move\'s date', () => {
    const later = {
      type: 'RecommendationDueDateMoved',
      data: move({ occurredOn: '2026-05-10' }).data,
    } as const;
    // On 2026-05-01 the due date was still the one issued (2026-09-01): moving it to 2026-12-01 changes it.
    given(recommendationIssued(), later)
      .when(move())
      .thenRecords({ type: 'RecommendationDueDateMoved', data: move().data });
    // A late move to the date already in force on its day changes nothing, however it was recorded.
    given(recommendationIssued(), later)
      .when(move({ occurredOn: '2026-05-01', dueOn: '2026-09-01' }))
      .thenInvalid(['dueOn', 'no_change']);
    given(recommendationIssued())
      .when(move({ occurredOn: '2026-05-01', dueOn: '2026-09-01' }))
      .thenInvalid(['dueOn', 'no_change']);
  });

  it('refuses a move dated before the issue or in the future, and a due date before the issue', () => {
    given(recommendationIssued())
      .when(move({ occurredOn: '2026-04-01' }))
      .thenInvalid(['occurredOn', 'before_referenced']);
    given(recommendationIssued())
      .when(move({ occurredOn: '2026-07-01' }))
      .thenInvalid(['occurredOn', 'in_future']);
    given(recommendationIssued())
      .when(move({ dueOn: '2026-04-09' }))
      .thenInvalid(['dueOn', 'before_referenced']);
  });
});
