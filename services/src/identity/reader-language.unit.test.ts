import { describe, expect, it } from 'vitest';
import { readerLanguage } from './reader-language.ts';

describe("the reader's language", () => {
  it("is the request's own lang, else the first of the browser's the product speaks, else Russian", () => {
    expect(readerLanguage('kk', 'en-US,en;q=0.9')).toBe('kk');
    expect(readerLanguage('de', 'de-DE,kk-KZ;q=0.8,ru;q=0.5')).toBe('kk');
    expect(readerLanguage(undefined, 'en-GB')).toBe('en');
    expect(readerLanguage(undefined, 'fr-FR,de')).toBe('ru');
    expect(readerLanguage(['en'], undefined)).toBe('ru');
  });
});
