import { describe, expect, it } from 'vitest';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { en, kk, ru } from './messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogues', () => {
  it('have exactly the same keys in Russian, Kazakh and English', () => {
    const keys = Object.keys(ru).sort();
    expect(Object.keys(kk).sort()).toEqual(keys);
    expect(Object.keys(en).sort()).toEqual(keys);
  });

  it('leave no message empty and keep the same placeholders in every language', () => {
    for (const key of Object.keys(ru) as (keyof typeof ru)[]) {
      for (const catalogue of [ru, kk, en]) expect(catalogue[key].trim(), key).not.toBe('');
      expect(placeholders(kk[key]), key).toEqual(placeholders(ru[key]));
      expect(placeholders(en[key]), key).toEqual(placeholders(ru[key]));
    }
  });

  it('are translated, not copied: no Russian left in the English catalogue', () => {
    const untranslated = (Object.keys(en) as (keyof typeof en)[]).filter(
      (key) => !key.startsWith('lang.') && /[а-яёәғқңөұүһі]/i.test(en[key]),
    );
    expect(untranslated).toEqual([]);
  });

  it('fills placeholders and leaves an unknown one visible', () => {
    expect(interpolate('{a} of {b}', { a: 1 })).toBe('1 of {b}');
  });
});
