import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestServices } from '../auth/test-fixtures.ts';
import type { Viewer } from '../identity/viewer.ts';

const chair: Viewer = {
  userId: 'chair',
  username: 'chair',
  displayName: 'Chair',
  role: 'CHAIR',
  region: null,
};
const rule = (condition: Record<string, unknown>) => ({
  submissionId: randomUUID(),
  name: 'Минздрав',
  condition,
  recipients: { emails: ['chair@example.kz'], webhookUrl: null },
});
const watch = (unit: string) => ({
  kind: 'TARGET_STATUS',
  kpi: 'causesRemoved',
  unit,
  period: '2026-Q2',
  statuses: ['OFF_TRACK'],
});

describe('alert rules on a central body, through the one command path on a real store', () => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  beforeAll(async () => {
    env = await openTestServices(() => new Date('2026-06-15T10:00:00Z'));
  });
  afterAll(() => env.close());
  const rules = () => env.services.alerts!.rules;

  it("watches a body's target or a threshold of its KPI, the body checked against the catalogue", async () => {
    const created = await rules().create(chair, rule(watch('MIN-HEALTH')), 'c-1');
    expect(created).toMatchObject({ ok: true, value: { condition: { unit: 'MIN-HEALTH' } } });
    const threshold = {
      kind: 'KPI_THRESHOLD',
      kpi: 'recommendationsOverdue',
      unit: 'MIN-HEALTH',
      period: '2026',
      threshold: 5,
      direction: 'ABOVE',
    };
    expect(await rules().create(chair, rule(threshold), 'c-2')).toMatchObject({ ok: true });
  });

  it('refuses a body the catalogue lacks at condition.unit, naming it, and writes nothing', async () => {
    const head = await env.store.headPosition();
    expect(await rules().create(chair, rule(watch('MIN-NOWHERE')), 'c-3')).toEqual({
      ok: false,
      kind: 'ValidationFailed',
      issues: [
        {
          path: 'condition.unit',
          code: 'unknown_central_body',
          message: 'no central state body has the code MIN-NOWHERE: add it to the catalogue first',
          values: { id: 'MIN-NOWHERE' },
        },
      ],
    });
    expect(await env.store.headPosition()).toBe(head);
  });

  it('keeps silence and recurrences to the country and the regions, refusing a body at condition.unit', async () => {
    const head = await env.store.headPosition();
    for (const condition of [
      { kind: 'REGION_SILENT', unit: 'MIN-HEALTH', days: 14 },
      { kind: 'RECURRENCE_APPEARED', unit: 'MIN-HEALTH' },
    ]) {
      const refused = await rules().create(chair, rule(condition), 'c-4');
      expect(refused).toMatchObject({
        ok: false,
        kind: 'ValidationFailed',
        issues: [{ path: 'condition.unit', code: 'invalid_value', message: expect.stringMatching(/region/) }],
      });
    }
    expect(await env.store.headPosition()).toBe(head);
  });
});
