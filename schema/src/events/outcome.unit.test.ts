import { describe, expect, it } from 'vitest';
import { districtIssue } from '../districts.ts';
import { surveyStream } from './outcome.ts';
import { validateEvent } from './validate.ts';

const survey = {
  surveyId: '00000000-0000-4000-8000-000000000001',
  unit: 'KZ-15',
  group: 'CITIZENS',
  respondents: 1200,
  facedCorruptionShare: 0.18,
  perceptionIndex: 61.5,
  method: 'FACE_TO_FACE',
  occurredOn: '2026-05-20',
};
const reception = {
  receptionId: '00000000-0000-4000-8000-000000000002',
  unit: 'KZ-15',
  citizensReceived: 14,
  issuesRaised: 3,
  occurredOn: '2026-05-21',
};

const pathsOf = (type: string, data: unknown) => {
  const result = validateEvent(type, data);
  return result.ok ? [] : result.issues.map((i) => i.path).sort();
};

describe('PerceptionSurveyConducted', () => {
  it('accepts a region or the country, with or without a district of that region', () => {
    expect(validateEvent('PerceptionSurveyConducted', survey).ok).toBe(true);
    expect(validateEvent('PerceptionSurveyConducted', { ...survey, unit: 'KZ' }).ok).toBe(true);
    expect(
      validateEvent('PerceptionSurveyConducted', { ...survey, district: '151010000', districtName: 'Актобе' })
        .ok,
    ).toBe(true);
  });

  it('names each field out of range', () => {
    expect(
      pathsOf('PerceptionSurveyConducted', {
        ...survey,
        respondents: 0,
        facedCorruptionShare: 1.2,
        perceptionIndex: 101,
        group: 'PENSIONERS',
        method: 'CARRIER_PIGEON',
        unit: 'KZ-AKM',
      }),
    ).toEqual([
      'data.facedCorruptionShare',
      'data.group',
      'data.method',
      'data.perceptionIndex',
      'data.respondents',
      'data.unit',
    ]);
    expect(pathsOf('PerceptionSurveyConducted', { ...survey, respondents: 10.5 })).toEqual([
      'data.respondents',
    ]);
    expect(pathsOf('PerceptionSurveyConducted', { ...survey, occurredOn: '2026-02-30' })).toEqual([
      'data.occurredOn',
    ]);
  });

  it('holds a district to nine digits and to its region, and a name to a code', () => {
    expect(pathsOf('PerceptionSurveyConducted', { ...survey, district: '1510' })).toEqual(['data.district']);
    const other = validateEvent('PerceptionSurveyConducted', { ...survey, district: '711010000' });
    expect(other.ok ? [] : other.issues.map((i) => i.message)).toEqual([
      'must begin with 15, the KATO prefix of KZ-15',
    ]);
    expect(pathsOf('PerceptionSurveyConducted', { ...survey, unit: 'KZ', district: '151010000' })).toEqual([
      'data.district',
    ]);
    expect(pathsOf('PerceptionSurveyConducted', { ...survey, districtName: 'Актобе' })).toEqual([
      'data.district',
    ]);
  });
});

describe('CitizenReceptionHeld', () => {
  it('accepts zero citizens and issues, refuses negatives and the country', () => {
    expect(
      validateEvent('CitizenReceptionHeld', { ...reception, citizensReceived: 0, issuesRaised: 0 }).ok,
    ).toBe(true);
    expect(
      pathsOf('CitizenReceptionHeld', { ...reception, citizensReceived: -1, issuesRaised: 1.5, unit: 'KZ' }),
    ).toEqual(['data.citizensReceived', 'data.issuesRaised', 'data.unit']);
  });

  it("accepts a central body's reception, nationally or in a region and a district of it", () => {
    const body = { ...reception, unit: 'MIN-HEALTH' };
    expect(validateEvent('CitizenReceptionHeld', body).ok).toBe(true);
    expect(validateEvent('CitizenReceptionHeld', { ...body, region: 'KZ-15' }).ok).toBe(true);
    expect(
      validateEvent('CitizenReceptionHeld', {
        ...body,
        region: 'KZ-15',
        district: '151010000',
        districtName: 'Актобе',
      }).ok,
    ).toBe(true);
  });

  it('names the field of a misplaced reception', () => {
    const messages = (data: unknown) => {
      const result = validateEvent('CitizenReceptionHeld', data);
      return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
    };
    expect(messages({ ...reception, unit: 'ministry' })).toEqual([
      'data.unit: must be a region code such as KZ-71 or a central body code such as MIN-HEALTH',
    ]);
    expect(messages({ ...reception, region: 'KZ-71' })).toEqual([
      "data.region: is named only for a central body's reception; a region's is held in its own region",
    ]);
    expect(messages({ ...reception, unit: 'MIN-HEALTH', district: '151010000' })).toEqual([
      'data.district: name the region the reception was held in before its district',
    ]);
    expect(messages({ ...reception, unit: 'MIN-HEALTH', region: 'KZ-71', district: '151010000' })).toEqual([
      'data.district: must begin with 71, the KATO prefix of KZ-71',
    ]);
    expect(messages({ ...reception, unit: 'MIN-HEALTH', region: 'KZ-99' })).toHaveLength(1);
  });
});

describe('districts', () => {
  it('belong to the region whose KATO prefix they begin with', () => {
    expect(districtIssue('KZ-71', '711210000')).toBeNull();
    expect(districtIssue('KZ-75', '711210000')).toBe('must begin with 75, the KATO prefix of KZ-75');
  });

  it('a survey lives on its own stream', () => {
    expect(surveyStream(survey.surveyId)).toBe(`survey-${survey.surveyId}`);
  });
});
