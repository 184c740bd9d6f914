import { describe, expect, it } from 'vitest';
// The server's layouts are the contract the hints follow: read them where they are defined.
import { IMPORT_LAYOUTS } from '../../../../services/src/import/columns.ts';
import { importHintKey } from './import-hint.ts';
import { importEn } from './messages/en.ts';
import { importKk } from './messages/kk.ts';
import { importRu } from './messages/ru.ts';

const columns = Object.entries(IMPORT_LAYOUTS).flatMap(([eventType, layout]) =>
  layout.map((column) => ({ eventType, column })),
);

describe('import template hints, in the interface language', () => {
  it("has a hint for every column of every layout, the Russian one the server's own words", () => {
    expect(columns.length).toBeGreaterThan(40);
    for (const { eventType, column } of columns) {
      const key = importHintKey(eventType, column);
      expect(key, `${eventType}.${column.key}`).not.toBeNull();
      expect(importRu[key!], `${eventType}.${column.key}`).toBe(column.hint);
    }
  });

  it('says them in Kazakh and English, not in Russian', () => {
    for (const { eventType, column } of columns) {
      const key = importHintKey(eventType, column)!;
      expect(importKk[key]).not.toBe(column.hint);
      expect(importEn[key]).not.toMatch(/[а-яё]/i);
    }
  });
});
