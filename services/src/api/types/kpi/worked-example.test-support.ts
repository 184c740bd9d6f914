import { CURRENT_SCHEMA_VERSION, type EventType } from '@kpi/schema';
import { workedExample } from '../../../../../projections/test/worked-example.ts';
import type { EventStore, NewEvent } from '../../../store/port.ts';

/**
 * The worked example of docs/kpi.md as the store takes it: short ids (R1, Rec2...) become UUIDs
 * and the fields the KPIs do not read (descriptions, reasons, kinds) are filled in.
 */
const ids = new Map<string, string>();
export const uuidOf = (short: string): string => {
  let id = ids.get(short);
  if (!id) {
    id = `00000000-0000-4000-8000-${String(ids.size + 1).padStart(12, '0')}`;
    ids.set(short, id);
  }
  return id;
};

const SHORT = /^(R|Rec|T|C)\d+$/;
const withUuids = (value: unknown): unknown =>
  typeof value === 'string' && SHORT.test(value)
    ? uuidOf(value)
    : Array.isArray(value)
      ? value.map(withUuids)
      : value;

const FILLERS: Partial<Record<string, Record<string, unknown>>> = {
  RiskIdentified: { description: 'Описание риска' },
  RiskReclassified: { reason: 'Уточнение классификации' },
  RiskWithdrawn: { reason: 'Внесён по ошибке' },
  RecommendationIssued: { organization: 'Акимат г. Актобе', text: 'Устранить причину' },
  RecommendationRejected: { reason: 'Отклонена' },
  RecommendationDueDateMoved: { reason: 'Перенос срока' },
  ProcessTransformed: { kind: 'DIGITISED', description: 'Процесс переведён в электронный формат' },
  RightRestored: { kind: 'LAND_PLOT_RETURNED', description: 'Права восстановлены' },
};

const STREAM: Record<string, [string, string]> = {
  RiskIdentified: ['risk', 'riskId'],
  RiskReclassified: ['risk', 'riskId'],
  RiskWithdrawn: ['risk', 'riskId'],
  RecommendationIssued: ['recommendation', 'recommendationId'],
  RecommendationRejected: ['recommendation', 'recommendationId'],
  RecommendationDueDateMoved: ['recommendation', 'recommendationId'],
  ProcessTransformed: ['transformation', 'transformationId'],
  RightRestored: ['right', 'caseId'],
};

/**
 * Appends the example in its log order; answers each event's position by its index in the example.
 * Each event is submitted by `submittedBy` (an account id, or one that names no account).
 */
export const appendWorkedExample = async (
  store: EventStore,
  submittedBy = 'officer-kz15-01',
): Promise<number[]> => {
  const positions: number[] = [];
  for (const [k, e] of workedExample.entries()) {
    const data = Object.fromEntries(Object.entries(e.data as object).map(([key, v]) => [key, withUuids(v)]));
    const [category, idField] = STREAM[e.type]!;
    const event: NewEvent = {
      id: `10000000-0000-4000-8000-${String(k + 1).padStart(12, '0')}`,
      type: e.type,
      data: { ...FILLERS[e.type], ...data },
      metadata: {
        recordedAt: e.metadata.recordedAt,
        submittedBy,
        region: 'KZ-15',
        submissionId: `submission-${k + 1}`,
        correlationId: `correlation-${k + 1}`,
        channel: 'form',
        schemaVersion: CURRENT_SCHEMA_VERSION[e.type as EventType],
      },
    };
    const result = await store.append(`${category}-${data[idField]}`, [event]);
    positions.push(result.position);
  }
  return positions;
};
