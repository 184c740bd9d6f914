import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../test/fold.ts';
import { workedExample } from '../../../test/worked-example.ts';
import { KPI_NAMES } from '../definition/measures.ts';
import { changedBy } from './changed-by.ts';

const byType = (type: string) => workedExample.find((e) => e.type === type)!;
const { state } = modelOf(workedExample);

describe('changedBy', () => {
  it('names the KPIs and the region an event changes', () => {
    expect(changedBy(byType('RightRestored'))).toEqual({
      kpis: ['rightsRestoredCases', 'rightsRestoredPeople', 'rightsRestoredMoneyKzt'],
      regions: ['KZ-15'],
    });
    const removal = changedBy(byType('ProcessTransformed'));
    expect(removal.kpis).toEqual(
      expect.arrayContaining(['causesRemoved', 'recommendationsImplemented', 'openRisks']),
    );
    expect(removal.kpis).not.toContain('risksIdentified');
  });

  it('finds the region of events that name only a risk or a recommendation, through the state', () => {
    const reclassified = {
      ...byType('RiskReclassified'),
      metadata: { ...byType('RiskReclassified').metadata, region: null },
    };
    expect(changedBy(reclassified, state)).toEqual({ kpis: KPI_NAMES, regions: ['KZ-15'] });
    expect(changedBy(reclassified)).toEqual({ kpis: KPI_NAMES, regions: [] });
    const moved = {
      ...byType('RecommendationDueDateMoved'),
      metadata: { ...byType('RecommendationDueDateMoved').metadata, region: null },
    };
    expect(changedBy(moved, state).regions).toEqual(['KZ-15']);
  });

  it('changes nothing for events the KPIs do not read', () => {
    expect(changedBy({ ...byType('RiskIdentified'), type: 'UserRegistered' }, state)).toEqual({
      kpis: [],
      regions: [],
    });
  });
});
