import { describe, it } from 'vitest';
import { ASTANA, command, RISK_A, riskIdentified, riskRemoved, riskWithdrawn, TODAY } from './fixtures.ts';
import { given } from './given-when-then.ts';

const identify = (over = {}, options = {}) => command('IdentifyRisk', riskIdentified(over).data, options);
const withdraw = (occurredOn = '2026-04-01') =>
  command('WithdrawRisk', { riskId: RISK_A, reason: 'Внесён по ошибке', occurredOn });
const reclassify = (over = {}) =>
  command('ReclassifyRisk', {
    riskId: RISK_A,
    causeCategory: 'CONFLICT_OF_INTEREST',
    reason: 'Уточнено после проверки',
    occurredOn: '2026-04-02',
    ...over,
  });

describe('identify a risk', () => {
  it('records the risk in the submitter region', () => {
    given().when(identify()).thenRecords(riskIdentified());
  });

  it('refuses a risk in another region than the submitter', () => {
    given()
      .when(identify({ region: ASTANA }))
      .thenForbidden();
  });

  it('accepts today in Almaty, even while it is still yesterday in UTC', () => {
    // 20:00 UTC on the 15th is 01:00 on the 16th in Almaty.
    const late = new Date('2026-06-15T20:00:00Z');
    given()
      .when(identify({ occurredOn: '2026-06-16' }, { now: late }))
      .thenRecords(riskIdentified({ occurredOn: '2026-06-16' }));
  });

  it('refuses a business date after today in Almaty', () => {
    const evening = new Date('2026-06-15T18:59:59Z');
    given()
      .when(identify({ occurredOn: '2026-06-16' }, { now: evening }))
      .thenInvalid(['occurredOn', 'in_future']);
  });

  it('records a district of the risk region with its name', () => {
    const inDistrict = { district: '154845000', districtName: 'Хромтауский район' };
    given().when(identify(inDistrict)).thenRecords(riskIdentified(inDistrict));
  });

  it('refuses a risk whose stream already exists', () => {
    given(riskIdentified()).when(identify()).thenConflict(`risk-${RISK_A}`);
  });
});

describe('withdraw a risk', () => {
  it('withdraws an identified risk of the region', () => {
    given(riskIdentified()).when(withdraw()).thenRecords({ type: 'RiskWithdrawn', data: withdraw().data });
  });

  it('refuses a risk that does not exist', () => {
    given().when(withdraw()).thenNotFound(RISK_A);
  });

  it("refuses another region's risk", () => {
    given(riskIdentified({ region: ASTANA }))
      .when(withdraw())
      .thenForbidden();
  });

  it('refuses withdrawing twice', () => {
    given(riskIdentified(), riskWithdrawn()).when(withdraw()).thenInvalid(['riskId', 'withdrawn']);
  });

  it('refuses a withdrawal dated before the identification, or in the future', () => {
    given(riskIdentified()).when(withdraw('2026-03-13')).thenInvalid(['occurredOn', 'before_referenced']);
    given(riskIdentified()).when(withdraw('2026-06-16')).thenInvalid(['occurredOn', 'in_future']);
  });

  it('accepts a withdrawal on the day of identification and today', () => {
    given(riskIdentified())
      .when(withdraw('2026-03-14'))
      .thenRecords({ type: 'RiskWithdrawn', data: withdraw('2026-03-14').data });
    given(riskIdentified())
      .when(withdraw(TODAY))
      .thenRecords({ type: 'RiskWithdrawn', data: withdraw(TODAY).data });
  });

  it('withdraws a removed risk: it was entered in error, the transformation counts for the others', () => {
    given(riskIdentified(), riskRemoved())
      .when(withdraw('2026-05-02'))
      .thenRecords({ type: 'RiskWithdrawn', data: withdraw('2026-05-02').data });
  });
});

describe('reclassify a risk', () => {
  it('records the new classification', () => {
    given(riskIdentified())
      .when(reclassify())
      .thenRecords({ type: 'RiskReclassified', data: reclassify().data });
  });

  it('refuses a withdrawn risk', () => {
    given(riskIdentified(), riskWithdrawn()).when(reclassify()).thenInvalid(['riskId', 'withdrawn']);
  });

  it('refuses a risk that does not exist, or of another region', () => {
    given().when(reclassify()).thenNotFound(RISK_A);
    given(riskIdentified({ region: ASTANA }))
      .when(reclassify())
      .thenForbidden();
  });

  it('refuses a reclassification that changes nothing', () => {
    given(riskIdentified())
      .when(reclassify({ causeCategory: 'EXCESSIVE_DISCRETION', sphere: 'LAND_RELATIONS' }))
      .thenInvalid(['sphere', 'no_change']);
  });

  it('sees an earlier reclassification as the current classification', () => {
    given(riskIdentified(), { type: 'RiskReclassified', data: reclassify().data })
      .when(reclassify({ occurredOn: '2026-04-03' }))
      .thenInvalid(['sphere', 'no_change']);
  });

  it('refuses a date before the identification or in the future', () => {
    given(riskIdentified())
      .when(reclassify({ occurredOn: '2026-01-01' }))
      .thenInvalid(['occurredOn', 'before_referenced']);
    given(riskIdentified())
      .when(reclassify({ occurredOn: '2027-01-01' }))
      .thenInvalid(['occurredOn', 'in_future']);
  });

  it('moves the risk to a district of its own region, and refuses one of another region', () => {
    const toDistrict = reclassify({ causeCategory: undefined, district: '154845000' });
    given(riskIdentified()).when(toDistrict).thenRecords({ type: 'RiskReclassified', data: toDistrict.data });
    given(riskIdentified())
      .when(reclassify({ causeCategory: undefined, district: '711210000' }))
      .thenInvalid(['district', 'invalid_district']);
  });

  it('sees the district the risk is in: the same code and name again change nothing', () => {
    const inDistrict = riskIdentified({ district: '154845000', districtName: 'Хромтауский район' });
    given(inDistrict)
      .when(
        reclassify({ causeCategory: undefined, district: '154845000', districtName: 'Хромтауский район' }),
      )
      .thenInvalid(['sphere', 'no_change']);
    const renamed = reclassify({ causeCategory: undefined, district: '154845000', districtName: 'Хромтау' });
    given(inDistrict).when(renamed).thenRecords({ type: 'RiskReclassified', data: renamed.data });
  });

  it('names every broken rule at once', () => {
    given(riskIdentified(), riskWithdrawn())
      .when(reclassify({ occurredOn: '2026-01-01' }))
      .thenInvalid(['riskId', 'withdrawn'], ['occurredOn', 'before_referenced']);
  });
});
