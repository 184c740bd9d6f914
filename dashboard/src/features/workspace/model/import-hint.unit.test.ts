import { describe, expect, it } from 'vitest';
// The server's layouts are the contract the hints follow: read them where they are defined.
import { IMPORT_LAYOUTS } from '../../../../../services/src/import/columns.ts';
import { workspaceEn } from '../messages/en.ts';
import { workspaceKk } from '../messages/kk.ts';
import { workspaceRu } from '../messages/ru.ts';
import { importHintKey } from './import-hint.ts';

const columns = Object.entries(IMPORT_LAYOUTS).flatMap(([eventType, layout]) =>
  layout.map((column) => ({ eventType, column })),
);

describe('import template hints, in the interface language', () => {
  it("has a hint for every column of every layout, the Russian one the server's own words", () => {
    expect(columns.length).toBeGreaterThan(40);
    for (const { eventType, column } of columns) {
      const key = importHintKey(eventType, column);
      expect(key, `${eventType}.${column.key}`).not.toBeNull();
      expect(workspaceRu[key!], `${eventType}.${column.key}`).toBe(column.hint);
    }
  });

  it('says them in Kazakh and English, not in Russian', () => {
    for (const { eventType, column } of columns) {
      const key = importHintKey(eventType, column)!;
      expect(workspaceKk[key]).not.toBe(column.hint);
      expect(workspaceEn[key]).not.toMatch(/[а-яё]/i);
    }
  });
});
