import { readFileSync } from 'node:fs';
import { EVENT_SCHEMAS } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NEW_ID_FIELD } from '../commands/command.ts';
import {
  COMMAND_OF_EVENT,
  headerIn,
  headerOf,
  hintIn,
  IMPORT_EVENT_TYPES,
  IMPORT_LAYOUTS,
} from './columns.ts';
import { cellValue } from './convert.ts';

const fieldsOf = (type: keyof typeof EVENT_SCHEMAS) =>
  Object.keys((z.toJSONSchema(EVENT_SCHEMAS[type], { io: 'input' }) as { properties: object }).properties);

describe('import layouts', () => {
  it.each(IMPORT_EVENT_TYPES)(
    '%s has a column for every field of its event but the server-made id',
    (type) => {
      const command = COMMAND_OF_EVENT[type];
      const serverMade = (NEW_ID_FIELD as Record<string, string>)[command];
      // A central body's officer imports too: the loop's layouts carry the body's column.
      const expected = fieldsOf(type).filter((f) => f !== serverMade);
      expect(IMPORT_LAYOUTS[type].map((c) => c.key).sort()).toEqual(expected.sort());
    },
  );

  it('documents every header in docs/import.md', () => {
    const doc = readFileSync(new URL('../../../docs/import.md', import.meta.url), 'utf8');
    const missing = IMPORT_EVENT_TYPES.flatMap((t) => IMPORT_LAYOUTS[t].map((c) => headerOf(c))).filter(
      (h) => !doc.includes(`\`${h}\``),
    );
    expect(missing).toEqual([]);
  });

  it('reads cells as officers write them', () => {
    const columnOf = (key: string) => IMPORT_LAYOUTS.RiskIdentified.find((c) => c.key === key);
    const [region, sphere] = [columnOf('region'), columnOf('sphere')];
    const date = columnOf('occurredOn')!;
    expect(cellValue('  Земельные отношения ', sphere!)).toBe('LAND_RELATIONS');
    expect(cellValue('land_relations', sphere!)).toBe('LAND_RELATIONS');
    expect(cellValue('город Астана', region!)).toBe('KZ-71');
    expect(cellValue('5.3.2026', date)).toBe('2026-03-05');
    expect(cellValue('46086', date)).toBe('2026-03-05');
    expect(cellValue('', date)).toBeUndefined();
    const peopleCount = IMPORT_LAYOUTS.RightRestored.find((c) => c.key === 'peopleCount');
    const amount = IMPORT_LAYOUTS.RightRestored.find((c) => c.key === 'amountKzt');
    expect(cellValue('1 500 000,25', amount!)).toBe(1500000.25);
    expect(cellValue('три', peopleCount!)).toBe('три');
    const removes = IMPORT_LAYOUTS.ProcessTransformed.find((c) => c.key === 'removesRiskIds')!;
    expect(
      cellValue('A1B2C3D4-0000-4000-8000-000000000001; a1b2c3d4-0000-4000-8000-000000000002', removes),
    ).toEqual(['a1b2c3d4-0000-4000-8000-000000000001', 'a1b2c3d4-0000-4000-8000-000000000002']);
  });

  it('says every header and description in Kazakh and English, not in Russian', () => {
    const cyrillic = /[А-Яа-яЁё]/;
    for (const type of IMPORT_EVENT_TYPES) {
      for (const column of IMPORT_LAYOUTS[type]) {
        const at = `${type}.${column.key}`;
        expect(headerIn(column, 'en'), at).not.toMatch(cyrillic);
        expect(hintIn(column, 'en'), at).not.toMatch(cyrillic);
        expect(headerIn(column, 'kk'), at).toBeTruthy();
        expect(hintIn(column, 'kk'), at).not.toBe(column.hint);
      }
    }
  });
});
