import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_RULE_FILE, csvRuleSource } from '../../../scripts/copy-csv-rule.ts';

describe('the copied CSV cell rule', () => {
  it('matches schema/src/csv.ts exactly (run `pnpm --filter @kpi/dashboard csv-rule` after a change)', () => {
    expect(readFileSync(CSV_RULE_FILE, 'utf8')).toBe(csvRuleSource());
  });
});
