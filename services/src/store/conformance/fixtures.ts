import { randomUUID } from 'node:crypto';
import { CURRENT_SCHEMA_VERSION, type EventMetadata, type EventType } from '@kpi/schema';
import type { NewEvent } from '../port.ts';

/** Sample events for the conformance suite; every call gives fresh ids. */
export const metadataFor = (type: EventType, overrides: Partial<EventMetadata> = {}): EventMetadata => ({
  recordedAt: '2026-03-14T10:00:00.000Z',
  submittedBy: 'officer-kz15-01',
  region: 'KZ-15',
  submissionId: randomUUID(),
  correlationId: randomUUID(),
  channel: 'form',
  schemaVersion: CURRENT_SCHEMA_VERSION[type],
  ...overrides,
});

export const riskIdentified = (data: Record<string, unknown> = {}): NewEvent => ({
  id: randomUUID(),
  type: 'RiskIdentified',
  data: {
    riskId: randomUUID(),
    region: 'KZ-15',
    organization: 'Акимат г. Актобе',
    process: 'Предоставление земельных участков',
    sphere: 'LAND_RELATIONS',
    causeCategory: 'EXCESSIVE_DISCRETION',
    source: 'EXTERNAL_ANALYSIS',
    description: 'Комиссия по земельным вопросам решает без критериев',
    occurredOn: '2026-03-14',
    ...data,
  },
  metadata: metadataFor('RiskIdentified'),
});

export const riskWithdrawn = (riskId: string = randomUUID()): NewEvent => ({
  id: randomUUID(),
  type: 'RiskWithdrawn',
  data: { riskId, reason: 'Внесён по ошибке', occurredOn: '2026-03-20' },
  metadata: metadataFor('RiskWithdrawn'),
});

export const manyRisks = (count: number): NewEvent[] => Array.from({ length: count }, () => riskIdentified());

/** A stream id no earlier test (or earlier run against a long-lived server) has used. */
export const freshStream = (category = 'risk'): string => `${category}-${randomUUID()}`;
