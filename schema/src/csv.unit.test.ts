import { describe, expect, it } from 'vitest';
import { csvField } from './csv.ts';

describe('a CSV field', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['+cmd|/C calc', "'+cmd|/C calc"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('makes text that starts a formula inert: %j', (text, field) => {
    expect(csvField(text)).toBe(field);
  });

  it('keeps numbers, negative ones included, as numbers', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField(2.5)).toBe('2.5');
    expect(csvField(0)).toBe('0');
  });

  it('leaves ordinary text alone and quotes separators, quotes and line breaks', () => {
    expect(csvField('Акимат г. Актобе')).toBe('Акимат г. Актобе');
    expect(csvField('a; b')).toBe('"a; b"');
    expect(csvField('Астана, "город"')).toBe('"Астана, ""город"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('e-mail')).toBe('e-mail');
    expect(csvField(null)).toBe('');
  });
});
