import type { EventData } from '@kpi/schema';
import { describe, it } from 'vitest';
import { ASTANA, CASE, command, RISK_A, riskIdentified, riskRemoved, riskWithdrawn } from './fixtures.ts';
import { given } from './given-when-then.ts';

const data = (over: Partial<EventData<'RightRestored'>> = {}): EventData<'RightRestored'> => ({
  caseId: CASE,
  region: 'KZ-15',
  organization: 'Акимат г. Актобе',
  sphere: 'LAND_RELATIONS',
  kind: 'LAND_PLOT_RETURNED',
  peopleCount: 3,
  amountKzt: 1_250_000.5,
  description: 'Участок возвращён семье после отмены незаконного решения',
  occurredOn: '2026-05-20',
  ...over,
});
const restore = (over: Partial<EventData<'RightRestored'>> = {}) =>
  command('RecordRightRestored', data(over));
const restored = (over: Partial<EventData<'RightRestored'>> = {}) =>
  ({ type: 'RightRestored', data: data(over) }) as const;

describe('record a right restored', () => {
  it('records a case that names no risk', () => {
    given().when(restore()).thenRecords(restored());
  });

  it('records a case that names a risk of the region, removed or not', () => {
    given(riskIdentified())
      .when(restore({ riskId: RISK_A }))
      .thenRecords(restored({ riskId: RISK_A }));
    given(riskIdentified(), riskRemoved())
      .when(restore({ riskId: RISK_A }))
      .thenRecords(restored({ riskId: RISK_A }));
  });

  it('records a case that names a risk and leaves its sphere and organization to it', () => {
    const { organization: _, sphere: __, ...own } = data({ riskId: RISK_A });
    given(riskIdentified())
      .when(command('RecordRightRestored', own))
      .thenRecords({ type: 'RightRestored', data: own });
  });

  it('refuses a case for another region', () => {
    given()
      .when(restore({ region: ASTANA }))
      .thenForbidden();
  });

  it('refuses a named risk that does not exist, is of another region, or is withdrawn', () => {
    given()
      .when(restore({ riskId: RISK_A }))
      .thenNotFound(RISK_A);
    given(riskIdentified({ region: ASTANA }))
      .when(restore({ riskId: RISK_A }))
      .thenForbidden();
    given(riskIdentified(), riskWithdrawn())
      .when(restore({ riskId: RISK_A }))
      .thenInvalid(['riskId', 'withdrawn']);
  });

  it('refuses a date before the named risk or in the future', () => {
    given(riskIdentified())
      .when(restore({ riskId: RISK_A, occurredOn: '2026-03-01' }))
      .thenInvalid(['occurredOn', 'before_referenced']);
    given()
      .when(restore({ occurredOn: '2026-06-16' }))
      .thenInvalid(['occurredOn', 'in_future']);
  });

  it('refuses a case whose stream already exists', () => {
    given(restored()).when(restore()).thenConflict(`right-${CASE}`);
  });
});
