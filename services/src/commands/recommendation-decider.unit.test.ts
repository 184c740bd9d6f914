import { describe, it } from 'vitest';
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
const implemented = {
  type: 'RecommendationImplemented',
  data: { recommendationId: REC_A, transformationId: TRANSFORMATION, occurredOn: '2026-05-01' },
} as const;

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

  it('refuses a risk already removed', () => {
    given(riskIdentified(), riskRemoved()).when(issue()).thenInvalid(['riskId', 'removed']);
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

  it('refuses rejecting twice, or after it was implemented', () => {
    given(recommendationIssued(), rejected).when(reject()).thenInvalid(['recommendationId', 'rejected']);
    given(recommendationIssued(), implemented)
      .when(reject())
      .thenInvalid(['recommendationId', 'implemented']);
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

  it('refuses a rejected or implemented recommendation', () => {
    given(recommendationIssued(), rejected).when(move()).thenInvalid(['recommendationId', 'rejected']);
    given(recommendationIssued(), implemented).when(move()).thenInvalid(['recommendationId', 'implemented']);
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
