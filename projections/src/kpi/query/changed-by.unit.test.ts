import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../test/fold.ts';
import { workedExample, workedExampleWithBody } from '../../../test/worked-example.ts';
import { KPI_NAMES } from '../definition/measures.ts';
import { changedBy } from './changed-by.ts';

const byType = (type: string) => workedExample.find((e) => e.type === type)!;
const { state } = modelOf(workedExample);

describe('changedBy', () => {
  it('names the KPIs and the region an event changes', () => {
    expect(changedBy(byType('RightRestored'))).toEqual({
      kpis: ['rightsRestoredCases', 'rightsRestoredPeople', 'rightsRestoredMoneyKzt'],
      regions: ['KZ-15'],
      units: ['KZ-15'],
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
    expect(changedBy(reclassified, state)).toEqual({ kpis: KPI_NAMES, regions: ['KZ-15'], units: ['KZ-15'] });
    expect(changedBy(reclassified)).toEqual({ kpis: KPI_NAMES, regions: [], units: [] });
    const moved = {
      ...byType('RecommendationDueDateMoved'),
      metadata: { ...byType('RecommendationDueDateMoved').metadata, region: null },
    };
    expect(changedBy(moved, state).regions).toEqual(['KZ-15']);
  });

  it("names a central body's work as the body's unit, in the region it sits in, and finds it for a correction", () => {
    const bodyEvents = workedExampleWithBody.slice(workedExample.length);
    const identified = bodyEvents.find((e) => e.type === 'RiskIdentified')!;
    const { centralBody, region, riskId } = identified.data as {
      centralBody: string;
      region: string;
      riskId: string;
    };
    expect(changedBy(identified)).toMatchObject({ regions: [region], units: [centralBody] });
    const withBody = modelOf(workedExampleWithBody).state;
    const withdrawn = {
      ...identified,
      type: 'RiskWithdrawn',
      data: { riskId, reason: 'entered in error' },
      metadata: { ...identified.metadata, region: null },
    };
    expect(changedBy(withdrawn, withBody)).toEqual({
      kpis: KPI_NAMES,
      regions: [region],
      units: [centralBody],
    });
    // Without the state nothing says whose it is, and no unit is told.
    expect(changedBy(withdrawn).units).toEqual([]);
  });

  it('changes nothing for events the KPIs do not read', () => {
    expect(changedBy({ ...byType('RiskIdentified'), type: 'UserRegistered' }, state)).toEqual({
      kpis: [],
      regions: [],
      units: [],
    });
  });
});
