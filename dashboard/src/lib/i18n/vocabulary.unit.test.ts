import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VOCABULARY_FILE, vocabularySource } from '../../../scripts/copy-vocabulary.ts';
import { REGION_LABELS, SPHERE_LABELS } from './vocabulary.generated.ts';

describe('the copied vocabulary', () => {
  it('matches schema/src exactly (run `pnpm --filter @kpi/dashboard vocabulary` after a change)', () => {
    expect(readFileSync(VOCABULARY_FILE, 'utf8')).toBe(vocabularySource());
  });

  it('names all 20 regions, including the 2022 ones, in three languages', () => {
    expect(Object.keys(REGION_LABELS)).toHaveLength(20);
    expect(REGION_LABELS['KZ-62']).toEqual({
      ru: 'область Ұлытау',
      kk: 'Ұлытау облысы',
      en: 'Ulytau Region',
    });
    for (const label of [...Object.values(REGION_LABELS), ...Object.values(SPHERE_LABELS)]) {
      expect(label.ru && label.kk && label.en).toBeTruthy();
    }
  });
});
