import { describe, expect, it } from 'vitest';
import { en, kk, ru } from '@/app/messages.ts';
import { ApiError, errorFromGraphQL } from '@/lib/graphql/api-error.ts';
import type { MessageKey } from '@/lib/i18n/catalogue.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { errorDetail } from './api-error-panel.tsx';

const translator =
  (catalogue: Record<MessageKey, string>) => (key: MessageKey, params?: Record<string, string | number>) =>
    interpolate(catalogue[key], params);

describe('the detail under an API error', () => {
  const badGateway = new ApiError('server', 'Bad Gateway', 502, true);

  it("tells a proxy's 502 by its status in the interface language, never its English reason phrase", () => {
    expect(errorDetail(badGateway, translator(ru))).toBe('Код ответа сервера: 502');
    expect(errorDetail(badGateway, translator(kk))).toBe('Сервер жауабының коды: 502');
    expect(errorDetail(badGateway, translator(en))).toBe('Server response code: 502');
  });

  it("shows nothing for the browser's own words when no answer came back", () => {
    expect(errorDetail(new ApiError('network', 'Failed to fetch', null, true), translator(ru))).toBeNull();
  });

  it("never shows the server's English: a GraphQL error or a refusal is told by its code", () => {
    const refused = new ApiError('refused', 'must not be before from', null, false, {
      code: 'INVALID_PERIOD',
      field: 'period.to',
    });
    expect(errorDetail(refused, translator(ru))).toBe(ru['refusal.kpi.periodOrder']);
    expect(errorDetail(refused, translator(kk))).toBe(kk['refusal.kpi.periodOrder']);
    expect(errorDetail(refused, translator(en))).toBe(en['refusal.kpi.periodOrder']);
    const starting = errorFromGraphQL(
      [{ message: 'the KPI read model is not running', extensions: { code: 'UNAVAILABLE' } }],
      200,
    );
    expect(errorDetail(starting, translator(ru))).toBe(ru['error.code.unavailable']);
    expect(errorDetail(new ApiError('server', 'Unexpected error.', 200), translator(ru))).toBeNull();
  });

  it("shows the import route's words, which it wrote in the reader's language", () => {
    const tooLarge = new ApiError('invalid', 'файл больше предела', 413, false, {
      readerText: 'файл больше предела',
    });
    expect(errorDetail(tooLarge, translator(ru))).toBe('файл больше предела');
  });
});
