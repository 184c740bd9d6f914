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
  /** Per scope, raw spelling → id: most submissions repeat a spelling, so normalising once pays. */
  byRaw: Map<string, number>[];
}

export const emptyNames = (): NameTable => ({ count: 0, keys: [], labels: [], byKey: new Map(), byRaw: [] });

/** The id of `text` within `scope` (a region index for organizations, 0 for processes). */
export const nameId = (table: NameTable, scope: number, text: string): number => {
  let raws = table.byRaw[scope];
  if (!raws) {
    raws = new Map();
    table.byRaw[scope] = raws;
  }
  const cached = raws.get(text);
  if (cached !== undefined) return cached;
  const key = `${scope}|${normaliseName(text)}`;
  let id = table.byKey.get(key);
  if (id === undefined) {
    id = table.count++;
    table.byKey.set(key, id);
    table.keys.push(key);
    table.labels.push(text.trim().replace(/\s+/g, ' '));
  }
  raws.set(text, id);
  return id;
};

/** The normalised name part of a key (without its scope). */
export const nameOfKey = (key: string): string => key.slice(key.indexOf('|') + 1);

export interface PairTable {
  count: number;
  org: Int32Array;
  proc: Int32Array;
  /** Per organization, process → pair id (small-integer keys: no boxing on the fold's hot path). */
  byOrg: Map<number, number>[];
}

export const emptyPairs = (): PairTable => ({
  count: 0,
  org: new Int32Array(16),
  proc: new Int32Array(16),
  byOrg: [],
});

export const findPair = (table: PairTable, org: number, proc: number): number | undefined =>
  table.byOrg[org]?.get(proc);

export const pairId = (table: PairTable, org: number, proc: number): number => {
  let procs = table.byOrg[org];
  if (!procs) {
    procs = new Map();
    table.byOrg[org] = procs;
  }
  let id = procs.get(proc);
  if (id === undefined) {
    id = table.count++;
    procs.set(proc, id);
    table.org = grow(table.org, table.count);
    table.proc = grow(table.proc, table.count);
    table.org[id] = org;
    table.proc[id] = proc;
  }
  return id;
};
