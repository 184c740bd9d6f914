/** The tables whose rows the journal names. */
export const JOURNAL_RISK = 0;
export const JOURNAL_RECOMMENDATION = 1;
export const JOURNAL_RIGHT = 2;

/**
 * The rows the fold changed, newest last, so that what a query derives from the columns (the
 * head view's validity masks, the pair index) can be kept across appends and updated with the
 * rows an event touched instead of rebuilt from every row. Bounded: older entries are dropped
 * (a replay of the whole log writes far more than any reader needs), and `since` says from which
 * state version on the list is complete; a reader that saw an older version rebuilds.
 */
export interface ChangeJournal {
  /** Every change made by an event folded after this version is listed. */
  since: number;
  /** The state version the event that made the change gave the state. */
  version: number[];
  /** JOURNAL_RISK, JOURNAL_RECOMMENDATION or JOURNAL_RIGHT. */
  table: number[];
  row: number[];
}

/** Entries kept: far more than the events between two queries, small beside the state. */
const KEPT = 4_096;

export const emptyJournal = (since: number): ChangeJournal => ({ since, version: [], table: [], row: [] });

/** What keeps a journal: the fold's state (state.ts), named by what is read of it. */
export interface Journaled {
  readonly version: number;
  changes?: ChangeJournal;
}

/** Notes that the event being folded changed `row` of `table` (called by the fold's handlers). */
export const noteChange = (state: Journaled, table: number, row: number): void => {
  // States restored from snapshots written before the journal have none: it starts there.
  if (!state.changes) state.changes = emptyJournal(state.version);
  const journal = state.changes;
  journal.version.push(state.version + 1);
  journal.table.push(table);
  journal.row.push(row);
  if (journal.version.length <= KEPT) return;
  // Drop the older half, by whole events, so that what stays is complete from `since` on.
  let drop = KEPT >> 1;
  const since = journal.version[drop - 1]!;
  while (drop < journal.version.length && journal.version[drop] === since) drop++;
  journal.since = since;
  journal.version.splice(0, drop);
  journal.table.splice(0, drop);
  journal.row.splice(0, drop);
};

/**
 * Calls `visit` with each change made after state version `seen`, oldest first; false (and no
 * call) when the journal no longer lists all of them, and the reader must rebuild.
 */
export const changesSince = (
  state: Journaled,
  seen: number,
  visit: (table: number, row: number) => void,
): boolean => {
  const journal = state.changes;
  if (!journal || journal.since > seen) return false;
  const { version, table, row } = journal;
  let from = version.length;
  while (from > 0 && version[from - 1]! > seen) from--;
  for (let e = from; e < version.length; e++) visit(table[e]!, row[e]!);
  return true;
};
