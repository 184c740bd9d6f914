import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvOf, openImportEnv, riskRow, upload } from './import-fixtures.ts';

/** A reception row of the ministry's, held in Aktobe's city unless told otherwise. */
const receptionRow = (over: Record<string, string> = {}): Record<string, string> => ({
  unit: 'MIN-HEALTH',
  region: 'KZ-15',
  district: '151010000',
  districtName: 'г. Актобе',
  citizensReceived: '12',
  issuesRaised: '2',
  occurredOn: '2026-05-21',
  ...over,
});

describe("a central body's officer imports the body's rows, on the real SQLite store and server", () => {
  let env: Awaited<ReturnType<typeof openImportEnv>>;
  beforeEach(async () => {
    env = await openImportEnv();
  });
  afterEach(async () => {
    await env.close();
  });

  it("dry-runs risks as the body's, wherever each sits, and writes nothing", async () => {
    const head = await env.store.headPosition();
    const csv = csvOf('RiskIdentified', [
      riskRow(),
      riskRow({ region: 'KZ-71', process: 'Закуп медицинской техники' }),
      riskRow({ centralBody: 'MIN-HEALTH', process: 'Выдача лицензий' }),
    ]);
    const { status, job } = await upload(env.app, env.health, 'RiskIdentified', csv);
    expect(status).toBe(200);
    expect(job.report).toMatchObject({ acceptedRows: 3, committed: false, eventsWritten: 0, issues: [] });
    expect(await env.store.headPosition()).toBe(head);
  });

  it('refuses a row naming another body and a row lacking its region, by line and column; nothing written', async () => {
    const head = await env.store.headPosition();
    const csv = csvOf('RiskIdentified', [
      riskRow(),
      riskRow({ centralBody: 'MIN-EDUCATION' }),
      riskRow({ region: '' }),
    ]);
    const { job } = await upload(env.app, env.health, 'RiskIdentified', csv, { commit: true });
    expect(job.report!.issues).toEqual([
      {
        line: 3,
        column: 'Центральный орган (centralBody)',
        code: 'other_body',
        message: 'you may import only for your central body MIN-HEALTH',
      },
      expect.objectContaining({ line: 4, column: 'Регион (region)', code: 'required' }),
    ]);
    expect(job.report).toMatchObject({ committed: false, eventsWritten: 0 });
    expect(await env.store.headPosition()).toBe(head);
  });

  it("commits the body's risks to its own unit stream, once; a regional officer naming the body is refused at that column", async () => {
    const csv = csvOf('RiskIdentified', [riskRow(), riskRow({ region: 'KZ-71', process: 'Закуп' })]);
    const { job } = await upload(env.app, env.health, 'RiskIdentified', csv, { commit: true });
    expect(job.report).toMatchObject({ acceptedRows: 2, committed: true, eventsWritten: 2, issues: [] });
    const stream = await env.store.readStream('unit-MIN-HEALTH');
    expect(stream.map((e) => [e.type, (e.data as { centralBody?: string; region: string }).region])).toEqual([
      ['RiskIdentified', 'KZ-15'],
      ['RiskIdentified', 'KZ-71'],
    ]);
    expect(stream.every((e) => (e.data as { centralBody?: string }).centralBody === 'MIN-HEALTH')).toBe(true);
    const again = await upload(env.app, env.health, 'RiskIdentified', csv, { commit: true });
    expect(again.job.report).toMatchObject({ acceptedRows: 0, alreadyImportedRows: 2, eventsWritten: 0 });

    const head = await env.store.headPosition();
    const regional = await upload(
      env.app,
      env.aktobe,
      'RiskIdentified',
      csvOf('RiskIdentified', [riskRow({ centralBody: 'MIN-HEALTH' })]),
      { commit: true },
    );
    expect(regional.job.report!.issues).toEqual([
      {
        line: 2,
        column: 'Центральный орган (centralBody)',
        code: 'forbidden',
        message: 'the risk belongs to MIN-HEALTH; you may submit only for KZ-15',
      },
    ]);
    expect(await env.store.headPosition()).toBe(head);
  });

  it("imports the body's receptions by code or name, in a region and district or national; another unit's refused at the unit", async () => {
    const head = await env.store.headPosition();
    const refused = await upload(
      env.app,
      env.health,
      'CitizenReceptionHeld',
      csvOf('CitizenReceptionHeld', [
        receptionRow(),
        receptionRow({ unit: 'KZ-15', region: '', district: '', districtName: '' }),
        receptionRow({ region: '', district: '151010000' }),
      ]),
      { commit: true },
    );
    expect(refused.job.report!.issues).toEqual([
      {
        line: 3,
        column: 'Регион (unit)',
        code: 'forbidden',
        message: 'the reception belongs to KZ-15; you may submit only for MIN-HEALTH',
      },
      expect.objectContaining({
        line: 4,
        column: 'Код района по КАТО (district)',
        message: 'name the region the reception was held in before its district',
      }),
    ]);
    expect(await env.store.headPosition()).toBe(head);

    const csv = csvOf('CitizenReceptionHeld', [
      receptionRow(),
      receptionRow({ unit: 'Министерство здравоохранения', region: '', district: '', districtName: '' }),
    ]);
    const { job } = await upload(env.app, env.health, 'CitizenReceptionHeld', csv, { commit: true });
    expect(job.report).toMatchObject({ acceptedRows: 2, committed: true, eventsWritten: 2, issues: [] });
    const stream = await env.store.readStream('unit-MIN-HEALTH');
    expect(stream.map((e) => e.data)).toEqual([
      expect.objectContaining({
        unit: 'MIN-HEALTH',
        region: 'KZ-15',
        district: '151010000',
        citizensReceived: 12,
      }),
      expect.not.objectContaining({ region: expect.anything() }),
    ]);
  });

  it("refuses a body's officer the survey layout, naming who imports it; nothing written", async () => {
    const head = await env.store.headPosition();
    const { status, job } = await upload(
      env.app,
      env.health,
      'PerceptionSurveyConducted',
      'unit\nMIN-HEALTH\n',
    );
    expect(status).toBe(403);
    expect(job).toMatchObject({ code: 'onlyRegionsImportSurveys', error: 'Forbidden' });
    const template = await env.app.inject({
      method: 'GET',
      url: '/import/templates/PerceptionSurveyConducted.csv',
      headers: env.health,
    });
    expect(template.statusCode).toBe(403);
    expect(await env.store.headPosition()).toBe(head);
  });
});
