import { describe, expect, it } from 'vitest';
import { en, kk, ru } from '@/app/messages.ts';
import { ApiError } from '@/lib/graphql/api-error.ts';
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

  it("keeps the server's words of a GraphQL error", () => {
    expect(errorDetail(new ApiError('invalid', 'Поле обязательно', 400), translator(ru))).toBe(
      'Поле обязательно',
    );
  });
});
