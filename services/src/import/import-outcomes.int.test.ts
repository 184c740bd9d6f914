import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gql } from '../auth/test-fixtures.ts';
import { headerOf, IMPORT_LAYOUTS } from './columns.ts';
import { csvOf, openImportEnv, upload } from './import-fixtures.ts';

const surveyRow = (over: Record<string, string> = {}): Record<string, string> => ({
  unit: 'KZ-15',
  group: 'Граждане',
  respondents: '1200',
  facedCorruptionShare: '18%',
  perceptionIndex: '61,5',
  method: 'FACE_TO_FACE',
  occurredOn: '20.05.2026',
  ...over,
});
const receptionRow = (over: Record<string, string> = {}): Record<string, string> => ({
  unit: 'Актюбинская область',
  citizensReceived: '14',
  issuesRaised: '3',
  occurredOn: '2026-05-21',
  ...over,
});
const targetRow = (over: Record<string, string> = {}): Record<string, string> => ({
  kpi: 'causesRemoved',
  unit: 'KZ',
  period: '2026',
  value: '400',
  direction: 'не меньше',
  occurredOn: '2026-01-15',
  ...over,
});

describe('importing surveys, receptions and targets', () => {
  let env: Awaited<ReturnType<typeof openImportEnv>>;
  beforeEach(async () => {
    env = await openImportEnv();
  });
  afterEach(async () => {
    await env.close();
  });

  it('dry-runs a survey wave, districts and percentages read as written, and writes nothing', async () => {
    const head = await env.store.headPosition();
    const csv = csvOf('PerceptionSurveyConducted', [
      surveyRow(),
      surveyRow({ district: '154845000', districtName: 'Хромтауский район', facedCorruptionShare: '0,2' }),
    ]);
    const { job } = await upload(env.app, env.aktobe, 'PerceptionSurveyConducted', csv);
    expect(job.report).toMatchObject({ acceptedRows: 2, committed: false, issues: [] });
    expect(await env.store.headPosition()).toBe(head);
  });

  it('reports bad survey rows by line and column: a district of another region, a share past 1, another region', async () => {
    const csv = csvOf('PerceptionSurveyConducted', [
      surveyRow(),
      surveyRow({ district: '711210000' }),
      surveyRow({ facedCorruptionShare: '180%', respondents: '0' }),
      surveyRow({ unit: 'KZ-71' }),
    ]);
    const { job } = await upload(env.app, env.aktobe, 'PerceptionSurveyConducted', csv, { commit: true });
    expect(job.report!.issues).toEqual([
      {
        line: 3,
        column: 'Код района по КАТО (district)',
        code: 'invalid_district',
        message: 'must begin with 15, the KATO prefix of KZ-15',
      },
      {
        line: 4,
        column: 'Число респондентов (respondents)',
        code: 'too_small',
        message: 'must be at least 1',
        values: { limit: '1' },
      },
      {
        line: 4,
        column: 'Доля столкнувшихся с коррупцией (facedCorruptionShare)',
        code: 'too_big',
        message: 'must be a fraction between 0 and 1',
        values: { limit: '1' },
      },
      { line: 5, column: 'Регион (unit)', code: 'forbidden', message: expect.stringMatching(/KZ-15/) },
    ]);
    expect(job.report).toMatchObject({ committed: false, eventsWritten: 0 });
  });

  it('commits receptions from XLSX once; the same file again writes nothing', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Данные');
    const layout = IMPORT_LAYOUTS.CitizenReceptionHeld;
    sheet.addRow(layout.map((c) => headerOf(c)));
    for (const row of [receptionRow(), receptionRow({ district: '154845000', citizensReceived: '0' })])
      sheet.addRow(layout.map((c) => row[c.key] ?? null));
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const xlsx = { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
    const first = await upload(env.app, env.aktobe, 'CitizenReceptionHeld', file, { ...xlsx, commit: true });
    expect(first.job.report).toMatchObject({ committed: true, acceptedRows: 2, eventsWritten: 2 });
    const again = await upload(env.app, env.aktobe, 'CitizenReceptionHeld', file, { ...xlsx, commit: true });
    expect(again.job.report).toMatchObject({ acceptedRows: 0, alreadyImportedRows: 2, eventsWritten: 0 });
  });

  it('reports a negative count of citizens in its column', async () => {
    const csv = csvOf('CitizenReceptionHeld', [receptionRow({ citizensReceived: '-1' })]);
    const { job } = await upload(env.app, env.aktobe, 'CitizenReceptionHeld', csv);
    expect(job.report!.issues).toEqual([
      {
        line: 2,
        column: 'Принято граждан (citizensReceived)',
        code: 'too_small',
        message: 'must not be negative',
        values: { limit: '0' },
      },
    ]);
  });

  it("imports a year's targets for the chair, dry run then commit", async () => {
    const csv = csvOf('TargetSet', [
      targetRow(),
      targetRow({ unit: 'KZ-15', value: '40' }),
      targetRow({ kpi: 'removalRate', period: '2026-Q2', value: '0,6' }),
    ]);
    const dry = await upload(env.app, env.chair, 'TargetSet', csv);
    expect(dry.job.report).toMatchObject({ acceptedRows: 3, committed: false, issues: [] });
    const done = await upload(env.app, env.chair, 'TargetSet', csv, { commit: true });
    expect(done.job.report).toMatchObject({ committed: true, eventsWritten: 3 });
    // The chair's import page follows the job as an officer's does; no one else sees it.
    const query = 'query($id: ID!) { importJob(id: $id) { phase report { committed eventsWritten } } }';
    const followed = await gql(env.app, query, { id: done.job.id }, env.chair);
    expect(followed.body.data?.importJob).toEqual({
      phase: 'done',
      report: { committed: true, eventsWritten: 3 },
    });
    expect((await gql(env.app, query, { id: done.job.id }, env.aktobe)).body.data?.importJob).toBeNull();
  });

  it('reports bad target rows by line and column and writes none of them', async () => {
    const head = await env.store.headPosition();
    const csv = csvOf('TargetSet', [
      targetRow(),
      targetRow({ kpi: 'removalRate', value: '60' }),
      targetRow({ period: '2026-Q5' }),
      targetRow({ kpi: 'arrests' }),
    ]);
    const { job } = await upload(env.app, env.chair, 'TargetSet', csv, { commit: true });
    expect(job.report!.issues).toEqual([
      {
        line: 3,
        column: 'Целевое значение (value)',
        code: 'not_a_fraction',
        message: 'must be a fraction between 0 and 1 for a rate',
      },
      {
        line: 4,
        column: 'Период (period)',
        code: 'invalid_format',
        message: expect.stringMatching(/quarter/),
      },
      {
        line: 5,
        column: 'Показатель (kpi)',
        code: 'invalid_value',
        message: 'must be a KPI name such as causesRemoved',
      },
    ]);
    expect(await env.store.headPosition()).toBe(head);
  });

  it("imports central bodies' targets by code or by name, and refuses a body the catalogue lacks at its column, writing nothing", async () => {
    const head = await env.store.headPosition();
    const bad = csvOf('TargetSet', [
      targetRow({ unit: 'MIN-HEALTH' }),
      targetRow({ unit: 'MIN-NOWHERE' }),
      targetRow({ unit: 'KZ-99' }),
    ]);
    const refused = await upload(env.app, env.chair, 'TargetSet', bad, { commit: true });
    expect(refused.job.report!.issues).toEqual([
      {
        line: 3,
        column: 'Регион или страна (unit)',
        code: 'unknown_central_body',
        message: 'no central state body has the code MIN-NOWHERE: add it to the catalogue first',
        values: { id: 'MIN-NOWHERE' },
      },
      {
        line: 4,
        column: 'Регион или страна (unit)',
        code: 'invalid_format',
        message: expect.stringMatching(/MIN-HEALTH/),
      },
    ]);
    expect(await env.store.headPosition()).toBe(head);
    const good = csvOf('TargetSet', [
      targetRow({ unit: 'MIN-HEALTH', period: '2026-Q3' }),
      targetRow({ unit: 'Министерство финансов', period: '2026-Q3' }),
      targetRow({ unit: 'ministry of education', period: '2026-Q3' }),
    ]);
    const dry = await upload(env.app, env.chair, 'TargetSet', good);
    expect(dry.job.report).toMatchObject({ acceptedRows: 3, committed: false, issues: [] });
    expect(await env.store.headPosition()).toBe(head);
    const done = await upload(env.app, env.chair, 'TargetSet', good, { commit: true });
    expect(done.job.report).toMatchObject({ committed: true, eventsWritten: 3 });
    const units = (await env.store.readAll())
      .filter((e) => e.type === 'TargetSet')
      .map((e) => (e.data as { unit: string }).unit);
    expect(units).toEqual(expect.arrayContaining(['MIN-HEALTH', 'MIN-FINANCE', 'MIN-EDUCATION']));
  });

  it('lets only the chair import targets, and the chair nothing else', async () => {
    const targets = csvOf('TargetSet', [targetRow()]);
    const officer = await upload(env.app, env.aktobe, 'TargetSet', targets);
    expect(officer.status).toBe(403);
    expect(officer.job).toMatchObject({
      message: 'целевые значения загружают только председатель или его заместитель',
    });
    const chair = await upload(env.app, env.chair, 'CitizenReceptionHeld', csvOf('CitizenReceptionHeld', []));
    expect(chair.status).toBe(403);
    const template = await env.app.inject({
      method: 'GET',
      url: '/import/templates/TargetSet.csv',
      headers: env.aktobe,
    });
    expect(template.statusCode).toBe(403);
    const listed = await gql(env.app, '{ importTemplates { eventType } }', {}, env.chair);
    expect(listed.body.data?.importTemplates).toEqual([{ eventType: 'TargetSet' }]);
  });
});
