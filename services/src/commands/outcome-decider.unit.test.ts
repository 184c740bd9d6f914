import type { CitizenReceptionHeld, EventData, PerceptionSurveyConducted } from '@kpi/schema';
import { describe, it } from 'vitest';
import type { DecidableOf } from './command.ts';
import { AKTOBE, ASTANA, NOW } from './fixtures.ts';
import { given } from './given-when-then.ts';

const SURVEY = '8d01ef90-02dd-4b80-9cbc-9e018bd0d299';
const RECEPTION = '9e12f0a1-13ee-4c91-8dcd-af129ce1e3aa';

const surveyData = (
  over: Partial<EventData<'PerceptionSurveyConducted'>> = {},
): EventData<'PerceptionSurveyConducted'> => ({
  surveyId: SURVEY,
  unit: AKTOBE,
  group: 'CITIZENS',
  respondents: 1000,
  facedCorruptionShare: 0.2,
  perceptionIndex: 60,
  method: 'TELEPHONE',
  occurredOn: '2026-05-31',
  ...over,
});
const record = (
  over: Partial<EventData<'PerceptionSurveyConducted'>> = {},
): DecidableOf<'RecordPerceptionSurvey'> => ({
  type: 'RecordPerceptionSurvey',
  data: surveyData(over),
  now: NOW,
  submitterUnit: AKTOBE,
});
const conducted = (
  over: Partial<EventData<'PerceptionSurveyConducted'>> = {},
): PerceptionSurveyConducted => ({
  type: 'PerceptionSurveyConducted',
  data: surveyData(over),
});
const withdrawData = { surveyId: SURVEY, reason: 'entered twice', occurredOn: '2026-06-10' };
const withdraw = (
  over: Partial<EventData<'PerceptionSurveyWithdrawn'>> = {},
  submitterUnit = AKTOBE,
): DecidableOf<'WithdrawPerceptionSurvey'> => ({
  type: 'WithdrawPerceptionSurvey',
  data: { ...withdrawData, ...over },
  now: NOW,
  submitterUnit,
});
const receptionData = (
  over: Partial<EventData<'CitizenReceptionHeld'>> = {},
): EventData<'CitizenReceptionHeld'> => ({
  receptionId: RECEPTION,
  unit: AKTOBE,
  citizensReceived: 12,
  issuesRaised: 4,
  occurredOn: '2026-06-15',
  ...over,
});
const receive = (
  over: Partial<EventData<'CitizenReceptionHeld'>> = {},
  submitterUnit: string = AKTOBE,
): DecidableOf<'RecordCitizenReception'> => ({
  type: 'RecordCitizenReception',
  data: receptionData(over),
  now: NOW,
  submitterUnit,
});
const held = (): CitizenReceptionHeld => ({ type: 'CitizenReceptionHeld', data: receptionData() });

describe('record a perception survey', () => {
  it('records a survey of the officer’s own region, with a district', () => {
    given().when(record()).thenRecords(conducted());
    given()
      .when(record({ district: '151010000', districtName: 'Актобе' }))
      .thenRecords(conducted({ district: '151010000', districtName: 'Актобе' }));
  });

  it('refuses another region and the country as no officer’s own', () => {
    given()
      .when(record({ unit: ASTANA }))
      .thenForbidden();
    given()
      .when(record({ unit: 'KZ' }))
      .thenForbidden();
  });

  it('refuses fieldwork ending in the future (today is 2026-06-15 in Almaty)', () => {
    given()
      .when(record({ occurredOn: '2026-06-15' }))
      .thenRecords(conducted({ occurredOn: '2026-06-15' }));
    given()
      .when(record({ occurredOn: '2026-06-16' }))
      .thenInvalid(['occurredOn', 'in_future']);
  });

  it('refuses a survey id already recorded', () => {
    given(conducted()).when(record()).thenConflict(`survey-${SURVEY}`);
  });
});

describe('withdraw a perception survey', () => {
  it('withdraws a survey of the officer’s region once', () => {
    given(conducted())
      .when(withdraw())
      .thenRecords({ type: 'PerceptionSurveyWithdrawn', data: withdrawData });
    given(conducted(), { type: 'PerceptionSurveyWithdrawn', data: withdrawData })
      .when(withdraw())
      .thenInvalid(['surveyId', 'withdrawn']);
  });

  it('refuses a survey that does not exist, another region’s, and a date before the fieldwork', () => {
    given().when(withdraw()).thenNotFound(SURVEY);
    given(conducted()).when(withdraw({}, ASTANA)).thenForbidden();
    given(conducted())
      .when(withdraw({ occurredOn: '2026-05-30' }))
      .thenInvalid(['occurredOn', 'before_referenced']);
  });
});

describe('record a citizen reception', () => {
  it('records a reception of the officer’s own region, zero citizens included', () => {
    given().when(receive()).thenRecords(held());
    given()
      .when(receive({ citizensReceived: 0, issuesRaised: 0 }))
      .thenRecords({
        type: 'CitizenReceptionHeld',
        data: receptionData({ citizensReceived: 0, issuesRaised: 0 }),
      });
  });

  it('refuses another region, a future day and a reused id', () => {
    given()
      .when(receive({ unit: ASTANA }))
      .thenForbidden();
    given()
      .when(receive({ occurredOn: '2026-06-16' }))
      .thenInvalid(['occurredOn', 'in_future']);
    given(held()).when(receive()).thenConflict(`reception-${RECEPTION}`);
  });
});

describe("record a central body's reception", () => {
  const body = { unit: 'MIN-HEALTH', region: AKTOBE, district: '151010000', districtName: 'Актобе' };

  it("records one for the officer's own body, held in a region and its district, or nationally", () => {
    given()
      .when(receive(body, 'MIN-HEALTH'))
      .thenRecords({ type: 'CitizenReceptionHeld', data: receptionData(body) });
    given()
      .when(receive({ unit: 'MIN-HEALTH' }, 'MIN-HEALTH'))
      .thenRecords({ type: 'CitizenReceptionHeld', data: receptionData({ unit: 'MIN-HEALTH' }) });
  });

  it("refuses another body's reception to a body's officer, and a body's to a region's officer", () => {
    given()
      .when(receive({ ...body, unit: 'MIN-FINANCE' }, 'MIN-HEALTH'))
      .thenForbidden();
    given().when(receive(body, AKTOBE)).thenForbidden();
    given()
      .when(receive({ unit: AKTOBE }, 'MIN-HEALTH'))
      .thenForbidden();
  });
});
