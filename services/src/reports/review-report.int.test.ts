import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, type ReadModelApi, startReadModelApi, viewerOf } from '../api/read-model-api.test-support.ts';
import type { Command } from '../commands/command.ts';
import { handleCommand } from '../commands/handle.ts';
import type { Viewer } from '../identity/viewer.ts';
import { firstPageInk, pdfPageCount, pdfText } from './pdf-reader.test-support.ts';

const VIEWERS: Record<string, Viewer> = {
  chair: viewerOf('CHAIR'),
  analyst: viewerOf('ANALYST'),
  aktobe: viewerOf('REGIONAL_OFFICER', 'KZ-15'),
  astana: viewerOf('REGIONAL_OFFICER', 'KZ-71'),
  admin: viewerOf('ADMINISTRATOR'),
};
const KAZAKH_LETTERS = ['Ә', 'Ғ', 'Қ', 'Ң', 'Ө', 'Ұ', 'Ү', 'Һ', 'І'];
const COMMENTARY =
  'Әкімдіктер, Ғимараттар, Қостанай, Ңң, Өңірлер, Ұлытау, Үкімет, Һ, Іс-шаралар: жаңа әкім 1 наурыздан.';

let now = new Date('2026-01-05T04:00:00Z');
let api: ReadModelApi;
const submit = async (who: string, command: Command) => {
  const result = await handleCommand({ store: api.store, clock: () => now }, VIEWERS[who]!, command, {
    submissionId: randomUUID(),
    correlationId: randomUUID(),
    channel: 'form',
  });
  if (result.kind !== 'Succeeded') throw new Error(`${command.type}: ${JSON.stringify(result)}`);
  return result;
};
const scheme = {
  organization: 'Акимат г. Актобе',
  process: 'Выдача земельных участков',
};
const identify = (who: string, region: 'KZ-15' | 'KZ-71', occurredOn: string) =>
  submit(who, {
    type: 'IdentifyRisk',
    data: {
      region,
      ...scheme,
      sphere: 'LAND_RELATIONS',
      causeCategory: 'EXCESSIVE_DISCRETION',
      source: 'EXTERNAL_ANALYSIS',
      description: 'Ручное распределение',
      occurredOn,
    },
  });
const remove = (who: string, region: 'KZ-15' | 'KZ-71', riskId: string, occurredOn: string) =>
  submit(who, {
    type: 'RecordTransformation',
    data: {
      region,
      ...scheme,
      kind: 'DIGITISED',
      description: 'Через портал',
      removesRiskIds: [riskId],
      implementsRecommendationIds: [],
      occurredOn,
    },
  });
/** Waits for the KPIs and the annotations to fold everything recorded (each skips the other's events). */
const settle = async () => {
  const kpiHead = (await api.store.readAll()).findLast((e) => e.type === 'ProcessTransformed')!.position;
  await api.caughtUp(kpiHead, 'kpi');
  await api.caughtUp(await api.store.headPosition(), 'annotations');
};
const download = (who: string | null, query: string) =>
  api.app.inject({ method: 'GET', url: `/reports/review.pdf?${query}`, headers: who ? as(who) : {} });
const PAST_QUARTER = 'period=2026-Q1&unit=KZ&asOf=2026-03-31';

describe('the review report as a PDF, on a real store and server', () => {
  let lateRisk: string;
  beforeAll(async () => {
    api = await startReadModelApi(VIEWERS, () => now);
    await submit('chair', {
      type: 'SetTarget',
      data: {
        kpi: 'causesRemoved',
        unit: 'KZ',
        period: '2026-Q1',
        value: 3,
        direction: 'AT_LEAST',
        occurredOn: '2026-01-05',
      },
    });
    now = new Date('2026-01-15T06:00:00Z');
    const aktobe1 = (await identify('aktobe', 'KZ-15', '2026-01-10')).id;
    lateRisk = (await identify('aktobe', 'KZ-15', '2026-01-11')).id;
    const astana1 = (await identify('astana', 'KZ-71', '2026-01-12')).id;
    now = new Date('2026-02-20T06:00:00Z');
    await remove('aktobe', 'KZ-15', aktobe1, '2026-02-15');
    await remove('astana', 'KZ-71', astana1, '2026-02-18');
    now = new Date('2026-03-02T06:00:00Z');
    await submit('analyst', {
      type: 'AddFigureComment',
      data: { unit: 'KZ-15', date: '2026-03-01', text: 'Новый аким с 1 марта', occurredOn: '2026-03-02' },
    });
    now = new Date('2026-03-30T06:00:00Z');
    await submit('chair', {
      type: 'WriteReportCommentary',
      data: { unit: 'KZ', period: '2026-Q1', text: COMMENTARY, occurredOn: '2026-03-30' },
    });
    await settle();
  });
  afterAll(async () => api?.close());

  it('is a PDF in Kazakh with the Kazakh letters, the KPI labels and the target’s status, and a page 1 with ink on it', async () => {
    const response = await download('chair', `${PAST_QUARTER}&lang=kk`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('review-KZ-2026-Q1-kk.pdf');
    const text = pdfText(response.rawPayload);
    for (const letter of KAZAKH_LETTERS) expect(text).toContain(letter);
    for (const label of [
      'Кезең қорытындысы бойынша отырысқа есеп',
      'Жойылған себептер',
      'Жойылу үлесі',
      'Қайталану',
    ]) {
      expect(text).toContain(label);
    }
    expect(text).toMatch(/Жойылған себептер\s+2\s+0\s+\+2\s+≥ 3\s+артта қалуда/);
    expect(text).toContain('Өңірлер рейтингі');
    expect(text).toContain('Ақтөбе облысы');
    expect(text).toContain('Новый аким с 1 марта');
    const page = firstPageInk(response.rawPayload);
    expect(page.width).toBeGreaterThan(200);
    expect(page.inkShare).toBeGreaterThan(0.02);
    expect(page.inkShare).toBeLessThan(0.5);
  });

  it('does not change as known on the quarter’s last day after late submissions; the report as known now shows the new status', async () => {
    const before = (await download('chair', `${PAST_QUARTER}&lang=ru`)).rawPayload;
    now = new Date('2026-04-10T06:00:00Z');
    await remove('aktobe', 'KZ-15', lateRisk, '2026-03-25');
    await submit('chair', {
      type: 'WriteReportCommentary',
      data: {
        unit: 'KZ',
        period: '2026-Q1',
        text: 'После поздних отчётов цель выполнена.',
        occurredOn: '2026-04-10',
      },
    });
    await settle();
    const after = (await download('chair', `${PAST_QUARTER}&lang=ru`)).rawPayload;
    expect(pdfText(after)).toBe(pdfText(before));
    expect(after.equals(before)).toBe(true);
    expect(pdfText(before)).toMatch(/Устранено причин\s+2\s+0\s+\+2\s+≥ 3\s+отстаёт/);

    const current = pdfText((await download('chair', 'period=2026-Q1&unit=KZ&lang=ru')).rawPayload);
    expect(current).toMatch(/Устранено причин\s+3\s+0\s+\+3\s+≥ 3\s+выполнена/);
    expect(current).toContain('После поздних отчётов цель выполнена.');
    const english = pdfText((await download('analyst', 'period=2026-Q1&unit=KZ&lang=en')).rawPayload);
    expect(english).toMatch(/Causes removed\s+3\s+0\s+\+3\s+≥ 3\s+met/);
    expect(english).toContain('Review meeting report');
  });

  it('names the bad parameter in a 400', async () => {
    const cases: [string, string][] = [
      ['unit=KZ', 'period'],
      ['period=2026-Q5', 'period'],
      ['period=2026-Q1&unit=KZ-00', 'unit'],
      ['period=2026-Q1&asOf=yesterday', 'asOf'],
      ['period=2026-Q1&asOf=2026-02-30', 'asOf'],
      ['period=2026-Q1&lang=de', 'lang'],
    ];
    for (const [query, parameter] of cases) {
      const response = await download('chair', query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json(), query).toMatchObject({
        parameter,
        message: expect.stringContaining(`${parameter}: `),
      });
    }
  });

  it("refuses in the reader's language: the report's lang, else the browser's, else Russian", async () => {
    const latinWords = (text: string) =>
      (text.match(/[A-Za-z][A-Za-z]+/g) ?? []).filter(
        (w) => !['KZ', 'ISO', 'ru', 'kk', 'en', 'T', 'Q'].includes(w),
      );
    const cases: [string, string][] = [
      ['unit=KZ', 'period'],
      ['period=2026-Q5', 'period'],
      ['period=2026-Q1&unit=KZ-00', 'unit'],
      ['period=2026-Q1&asOf=yesterday', 'asOf'],
      ['period=2026-Q1&lang=de', 'lang'],
    ];
    for (const lang of ['ru', 'kk'] as const) {
      for (const [query, parameter] of cases) {
        const headers = { ...as('chair'), 'accept-language': `${lang}-KZ,${lang};q=0.9,en;q=0.5` };
        const response = await api.app.inject({
          method: 'GET',
          url: `/reports/review.pdf?${query}`,
          headers,
        });
        const body = response.json();
        expect(body.message.startsWith(`${parameter}: `), `${lang} ${query}`).toBe(true);
        expect(latinWords(body.message.slice(parameter.length + 2)), `${lang} ${query}`).toEqual([]);
        expect(body.code, query).toBeTypeOf('string');
      }
    }
    // The report's own language wins over the browser's; no hint at all reads Russian.
    const kk = await download('chair', 'period=2026-Q5&lang=kk');
    expect(kk.json().message).toContain('кезең');
    const plain = await download('chair', 'period=2026-Q5');
    expect(plain.json().message).toContain('период');
    const english = await download('chair', 'period=2026-Q5&lang=en');
    expect(english.json().message).toContain('must be a year');
    const officer = await api.app.inject({
      method: 'GET',
      url: '/reports/review.pdf?period=2026-Q1&unit=KZ-71&lang=kk',
      headers: as('aktobe'),
    });
    expect(officer.statusCode).toBe(403);
    expect(officer.json().message).toBe('өңірлік қызметкер тек өз өңірінің есебін алады, KZ-71 емес');
  });

  it('lets an officer read their own region’s report only, without the league; refuses others', async () => {
    const own = await download('aktobe', 'period=2026-Q1&lang=ru');
    expect(own.statusCode).toBe(200);
    const text = pdfText(own.rawPayload);
    expect(text).toContain('Актюбинская область');
    expect(text).toContain('Рейтинг регионов доступен председателю и аналитикам.');
    expect(text).not.toContain('город Астана');
    expect(text).toContain('Новый аким с 1 марта');
    expect(pdfPageCount(own.rawPayload)).toBeGreaterThanOrEqual(1);
    for (const unit of ['KZ-71', 'KZ']) {
      const other = await download('aktobe', `period=2026-Q1&unit=${unit}`);
      expect(other.statusCode).toBe(403);
      expect(other.json().message).toContain(unit);
    }
    expect((await download('admin', 'period=2026-Q1')).statusCode).toBe(403);
    expect((await download(null, 'period=2026-Q1')).statusCode).toBe(401);
  });
});
