import { describe, expect, it } from 'vitest';
import { changesSince, JOURNAL_RISK, noteChange } from './journal.ts';
import { emptyKpiState } from './state.ts';

const listed = (state: ReturnType<typeof emptyKpiState>, seen: number) => {
  const rows: number[] = [];
  return changesSince(state, seen, (_table, row) => rows.push(row)) ? rows : null;
};

describe('the fold change journal', () => {
  it('lists the rows changed after a version, oldest first', () => {
    const state = emptyKpiState();
    for (const row of [7, 3, 7]) {
      noteChange(state, JOURNAL_RISK, row);
      state.version++;
    }
    expect(listed(state, 0)).toEqual([7, 3, 7]);
    expect(listed(state, 1)).toEqual([3, 7]);
    expect(listed(state, 3)).toEqual([]);
  });

  it('drops old entries by whole events and refuses a reader it no longer reaches back to', () => {
    const state = emptyKpiState();
    // Two rows per event, past the journal's bound.
    for (let event = 0; event < 5_000; event++) {
      noteChange(state, JOURNAL_RISK, event);
      noteChange(state, JOURNAL_RISK, event + 100_000);
      state.version++;
    }
    const since = state.changes!.since;
    expect(since).toBeGreaterThan(0);
    expect(state.changes!.version.length).toBeLessThanOrEqual(4_096);
    expect(listed(state, since - 1)).toBeNull();
    // From `since` on every change is there, both rows of each event.
    expect(listed(state, since)).toEqual(
      Array.from({ length: 5_000 - since }, (_, k) => [since + k, since + k + 100_000]).flat(),
    );
  });

  it('starts at the version it finds in a state restored without one', () => {
    const state = emptyKpiState();
    delete state.changes;
    state.version = 41;
    noteChange(state, JOURNAL_RISK, 5);
    state.version++;
    expect(listed(state, 40)).toBeNull();
    expect(listed(state, 41)).toEqual([5]);
  });
});
