import { SEEDED_CENTRAL_BODIES } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../projection.ts';
import { centralBodiesProjection, centralBodyByCode, listCentralBodies } from './projection.ts';

const event = (position: number, type: string, data: Record<string, unknown>): StreamEvent => ({
  id: `e${position}`,
  streamId: `central-body-${String(data.code)}`,
  revision: type === 'CentralBodyAdded' ? 0 : 1,
  type,
  position,
  data,
  metadata: {
    recordedAt: '2026-06-01T10:00:00.000+05:00',
    submittedBy: 'admin',
    region: null,
    submissionId: `s${position}`,
    correlationId: `c${position}`,
    channel: 'api',
  },
});
const names = { nameRu: 'Агентство по делам спорта', nameKk: 'Спорт істері агенттігі', nameEn: 'Sports' };

describe('central bodies read model', () => {
  it('starts from the seeded catalogue, adds and renames; ministries list before agencies', () => {
    const fold = (events: StreamEvent[]) =>
      events.reduce(centralBodiesProjection.evolve, centralBodiesProjection.initialState());
    expect(listCentralBodies(fold([]))).toHaveLength(SEEDED_CENTRAL_BODIES.length);
    const state = fold([
      event(1, 'CentralBodyAdded', { code: 'AG-SPORT', kind: 'AGENCY', ...names, occurredOn: '2026-06-01' }),
      event(2, 'CentralBodyRenamed', { code: 'AG-SPORT', ...names, nameEn: 'Agency for Sports Affairs' }),
      event(3, 'CentralBodyRenamed', { code: 'MIN-TRADE', ...names, nameEn: 'Ministry of Trade' }),
    ]);
    expect(centralBodyByCode(state, 'AG-SPORT')).toMatchObject({
      kind: 'AGENCY',
      seeded: false,
      revision: 1,
      name: { en: 'Agency for Sports Affairs', kk: 'Спорт істері агенттігі' },
    });
    expect(centralBodyByCode(state, 'MIN-TRADE')).toMatchObject({
      seeded: true,
      name: { en: 'Ministry of Trade' },
    });
    const kinds = listCentralBodies(state).map((b) => b.kind);
    expect(kinds.indexOf('AGENCY')).toBe(kinds.lastIndexOf('MINISTRY') + 1);
  });
});
