import { grow } from './columns.ts';

/**
 * Organizations and processes are free text. They group after trimming, collapsing spaces and
 * case-folding; the first spelling seen is kept for display. An organization is a body of one
 * region: "Отдел образования" of Aktobe and of Shymkent are two bodies, so the key includes the
 * region. A process is a name, shared across organizations; the (organization, process) pair is
 * what coverage and recurrence group on.
 */
export const normaliseName = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

export interface NameTable {
  count: number;
  /** Normalised key per id. */
  keys: string[];
  /** First spelling seen per id. */
  labels: string[];
  byKey: Map<string, number>;
  /** Raw spelling (with its scope) → id: most submissions repeat a spelling, so normalising once pays. */
  byRaw: Map<string, number>;
}

export const emptyNames = (): NameTable => ({
  count: 0,
  keys: [],
  labels: [],
  byKey: new Map(),
  byRaw: new Map(),
});

/** The id of `text` within `scope` (a region index for organizations, empty for processes). */
export const nameId = (table: NameTable, scope: string, text: string): number => {
  const raw = `${scope}|${text}`;
  const cached = table.byRaw.get(raw);
  if (cached !== undefined) return cached;
  const key = `${scope}|${normaliseName(text)}`;
  let id = table.byKey.get(key);
  if (id === undefined) {
    id = table.count++;
    table.byKey.set(key, id);
    table.keys.push(key);
    table.labels.push(text.trim().replace(/\s+/g, ' '));
  }
  table.byRaw.set(raw, id);
  return id;
};

/** The normalised name part of a key (without its scope). */
export const nameOfKey = (key: string): string => key.slice(key.indexOf('|') + 1);

export interface PairTable {
  count: number;
  org: Int32Array;
  proc: Int32Array;
  byKey: Map<number, number>;
}

export const emptyPairs = (): PairTable => ({
  count: 0,
  org: new Int32Array(16),
  proc: new Int32Array(16),
  byKey: new Map(),
});

// Keys stay exact below 2^53: organizations and processes number far below 2^26 each.
const PAIR_STRIDE = 67_108_864;

export const pairId = (table: PairTable, org: number, proc: number): number => {
  const key = org * PAIR_STRIDE + proc;
  let id = table.byKey.get(key);
  if (id === undefined) {
    id = table.count++;
    table.byKey.set(key, id);
    table.org = grow(table.org, table.count);
    table.proc = grow(table.proc, table.count);
    table.org[id] = org;
    table.proc[id] = proc;
  }
  return id;
};
