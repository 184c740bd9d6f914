import { endianness } from 'node:os';
import type { DatabaseSync } from 'node:sqlite';
import { catchUpIdIndex } from './append-writes.ts';
import { IdIndex } from './id-index.ts';
import type { Statements } from './statements.ts';

/**
 * The id index saved in the store's own file, so that a writer starting on millions of events
 * loads its table (tens of MB of blobs) instead of reading every row of the log for its id.
 *
 * What is saved is the whole table after a catch-up to the head, under SQLite's write lock and in
 * one transaction: it holds exactly the ids of positions 1..upTo of this very file. A writer that
 * loads it reads the ids after upTo from the log (appended since, by this version or any other),
 * so the index it checks against is as complete as one built from the whole log; a fingerprint
 * found is still only a candidate confirmed by reading its row. A backup copies the file, saved
 * table with it, so a restored store's table describes the restored log.
 */
interface SavedIndex {
  readonly format: 1;
  readonly endianness: 'LE' | 'BE';
  readonly capacity: number;
  readonly size: number;
  readonly upTo: number;
  readonly partSlots: number;
}

const KEY = 'id_index';
/** Slots per row: 16 MiB of blobs a row, so no value comes near SQLite's 1 GB limit. */
const PART_SLOTS = 1 << 20;

interface PartRow {
  readonly part: number;
  readonly high: Uint8Array;
  readonly low: Uint8Array;
  readonly positions: Uint8Array;
}

const bytesOf = (array: Uint32Array | Float64Array, from: number, slots: number) =>
  new Uint8Array(
    array.buffer,
    array.byteOffset + from * array.BYTES_PER_ELEMENT,
    slots * array.BYTES_PER_ELEMENT,
  );

/** The saved index and the head it was saved at, or null when none was saved (or it cannot be used here). */
export const loadIdIndex = (db: DatabaseSync): { readonly ids: IdIndex; readonly upTo: number } | null => {
  const row = db.prepare('SELECT value FROM store_meta WHERE key = ?').get(KEY) as
    | { value: string }
    | undefined;
  if (!row) return null;
  const saved = JSON.parse(row.value) as SavedIndex;
  const head = (db.prepare('SELECT coalesce(max(position), 0) AS head FROM events').get() as { head: number })
    .head;
  if (saved.format !== 1 || saved.endianness !== endianness() || saved.upTo > head) return null;
  const high = new Uint32Array(saved.capacity);
  const low = new Uint32Array(saved.capacity);
  const positions = new Float64Array(saved.capacity);
  let filled = 0;
  for (const part of db
    .prepare('SELECT part, high, low, positions FROM id_index_parts ORDER BY part')
    .iterate() as Iterable<PartRow>) {
    const from = part.part * saved.partSlots;
    const slots = part.positions.byteLength / 8;
    if (
      from + slots > saved.capacity ||
      part.high.byteLength !== slots * 4 ||
      part.low.byteLength !== slots * 4
    )
      return null;
    bytesOf(high, from, slots).set(part.high);
    bytesOf(low, from, slots).set(part.low);
    bytesOf(positions, from, slots).set(part.positions);
    filled += slots;
  }
  if (filled !== saved.capacity) return null;
  return { ids: IdIndex.restore({ high, low, positions }, saved.size, saved.upTo), upTo: saved.upTo };
};

/** Saves the index, first brought up to the head, in one transaction; returns the head it covers. */
export const saveIdIndex = (db: DatabaseSync, statements: Statements, ids: IdIndex): number => {
  db.exec('BEGIN IMMEDIATE');
  try {
    catchUpIdIndex(statements, ids);
    const upTo = (statements.head.get() as { head: number }).head;
    const { high, low, positions } = ids.slots;
    db.exec('DELETE FROM id_index_parts');
    const insert = db.prepare('INSERT INTO id_index_parts (part, high, low, positions) VALUES (?, ?, ?, ?)');
    for (let part = 0, from = 0; from < positions.length; part++, from += PART_SLOTS) {
      const slots = Math.min(PART_SLOTS, positions.length - from);
      insert.run(
        part,
        bytesOf(high, from, slots),
        bytesOf(low, from, slots),
        bytesOf(positions, from, slots),
      );
    }
    const saved: SavedIndex = {
      format: 1,
      endianness: endianness(),
      capacity: positions.length,
      size: ids.size,
      upTo,
      partSlots: PART_SLOTS,
    };
    db.prepare('INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)').run(
      KEY,
      JSON.stringify(saved),
    );
    db.exec('COMMIT');
    return upTo;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
};
