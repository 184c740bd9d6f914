import { CURRENT_SCHEMA_VERSION, type EventMetadata } from '@kpi/schema';
import type { EventStore, NewEvent, StreamWrite } from '../store/port.ts';

/** A deterministic UUID (version 4 layout) from a number, so generated logs are reproducible. */
export const uuidOf = (kind: number, n: number): string =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const REGIONS = ['KZ-15', 'KZ-71', 'KZ-75', 'KZ-79', 'KZ-10'] as const;

const metadata = (
  type: 'RiskIdentified' | 'RiskReclassified',
  n: number,
  region: (typeof REGIONS)[number],
): EventMetadata => ({
  recordedAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
  submittedBy: `officer-${region.toLowerCase()}-${n % 7}`,
  region,
  submissionId: uuidOf(3, n),
  correlationId: uuidOf(4, n),
  channel: n % 2 === 0 ? 'form' : 'import',
  schemaVersion: CURRENT_SCHEMA_VERSION[type],
});

const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + (n % 600) * 86_400_000).toISOString().slice(0, 10);

/**
 * Appends `count` events (ids and risks numbered from `offset`) in rounds of up to 1,000: 400 risks identified, interleaved with 600
 * reclassifications of risks from the two previous rounds, so streams interleave in the log and
 * have revisions past 0, as a real region's log does.
 */
export const appendSampleLog = async (store: EventStore, count: number, offset = 0): Promise<void> => {
  let n = offset;
  const end = offset + count;
  for (let round = 0; n < end; round++) {
    const writes: StreamWrite[] = [];
    const olderRisks =
      round === 0 ? [] : [...range((round - 1) * 400, 400), ...range(Math.max(0, round - 2) * 400, 200)];
    const older = [...new Set(olderRisks)];
    let fresh = 0;
    let update = 0;
    while (n < end && writes.length < 1_000 && (fresh < 400 || update < older.length)) {
      const takeFresh = fresh < 400 && (update >= older.length || writes.length % 5 < 2);
      const risk = offset + (takeFresh ? round * 400 + fresh++ : older[update++]!);
      writes.push({
        streamId: `risk-${uuidOf(1, risk)}`,
        events: [takeFresh ? identified(risk, n) : reclassified(risk, n)],
      });
      n++;
    }
    await store.appendMany(writes);
  }
};

const range = (start: number, length: number) => Array.from({ length }, (_, i) => start + i);

const identified = (risk: number, n: number): NewEvent => {
  const region = REGIONS[risk % REGIONS.length]!;
  return {
    id: uuidOf(2, n),
    type: 'RiskIdentified',
    data: {
      riskId: uuidOf(1, risk),
      region,
      organization: `Акимат ${risk % 40}`,
      process: `Процесс ${risk % 25}`,
      sphere: 'LAND_RELATIONS',
      causeCategory: 'EXCESSIVE_DISCRETION',
      source: 'EXTERNAL_ANALYSIS',
      description: `Риск ${risk}: решение принимается без критериев`,
      occurredOn: day(risk),
    },
    metadata: metadata('RiskIdentified', n, region),
  };
};

const reclassified = (risk: number, n: number): NewEvent => ({
  id: uuidOf(2, n),
  type: 'RiskReclassified',
  data: {
    riskId: uuidOf(1, risk),
    sphere: 'PUBLIC_PROCUREMENT',
    reason: `Уточнение ${n}`,
    occurredOn: day(risk + 30),
  },
  metadata: metadata('RiskReclassified', n, REGIONS[risk % REGIONS.length]!),
});
