import { describe, expect, it } from 'vitest';
import { type CaptionWords, exportCaption, wrapLine } from './export-caption.ts';
import { defaultSpec } from './spec.ts';

const words: CaptionWords = {
  period: (from, to) => `Period: ${from} – ${to}`,
  asOf: (day) => `As known on ${day}`,
  filters: (list) => `Filters: ${list}`,
  filter: (key, codes) => `${key}: ${codes.join(', ')}`,
};

describe('the caption of an exported chart', () => {
  it('names the period, every chosen filter and the "as known on" day', () => {
    const spec = {
      ...defaultSpec('2026-12-04'),
      filters: { from: '2026-01-01', to: '2026-12-04', regions: ['KZ-15', 'KZ-71'], spheres: ['EDUCATION'] },
      asOf: '2026-06-30T23:59:59+05:00',
    };
    expect(exportCaption(spec, { from: '2026-01-01', to: '2026-06-30' }, words)).toEqual([
      'Period: 2026-01-01 – 2026-06-30',
      'Filters: regions: KZ-15, KZ-71; spheres: EDUCATION',
      'As known on 2026-06-30',
    ]);
  });

  it('says only the period when nothing else narrows the chart', () => {
    const spec = defaultSpec('2026-12-04');
    expect(exportCaption(spec, { from: '2025-12-01', to: '2026-12-04' }, words)).toEqual([
      'Period: 2025-12-01 – 2026-12-04',
    ]);
  });
});

describe('a caption line wrapped to the picture', () => {
  it('breaks at spaces so that no line is longer than asked', () => {
    const lines = wrapLine('Filters: Regions: Akmola Region, Aktobe Region, Almaty; Spheres: Education', 30);
    expect(lines).toEqual([
      'Filters: Regions: Akmola',
      'Region, Aktobe Region, Almaty;',
      'Spheres: Education',
    ]);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(30);
  });

  it('keeps a short line whole, and a word longer than a line on its own line', () => {
    expect(wrapLine('As known on June 30, 2026', 40)).toEqual(['As known on June 30, 2026']);
    expect(wrapLine('Облысы: Солтүстік-Қазақстан облысы', 10)).toEqual([
      'Облысы:',
      'Солтүстік-Қазақстан',
      'облысы',
    ]);
    expect(wrapLine('   ', 10)).toEqual([]);
  });
});
