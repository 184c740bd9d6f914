import { describe, expect, it } from 'vitest';
import { loadCatalogue } from './catalogues.ts';
import { CATALOGUES } from './messages.ts';

describe("the reader's catalogue, loaded alone", () => {
  it('is the whole catalogue of that language', async () => {
    for (const lang of ['ru', 'kk', 'en'] as const) {
      expect(await loadCatalogue(lang)).toEqual(CATALOGUES[lang]);
    }
  });

  it('is asked for once: the entry asks first and the app takes the same answer', () => {
    expect(loadCatalogue('kk')).toBe(loadCatalogue('kk'));
  });
});
