/**
 * Which event ids the log holds, and at which position: an in-memory hash table of 64-bit
 * fingerprints of the ids, 16 bytes a slot. It replaces a unique SQL index on the ids, whose
 * random keys made every batch rewrite pages all over that index (3.7 times the bytes written
 * per event, see BENCHMARKS.md). A fingerprint match is only a candidate: the caller confirms it
 * by reading the row at the candidate's position, so a collision can never pass for a duplicate.
 *
 * The table is filled from the log and kept in step with it under SQLite's write lock (see
 * `append-writes.ts`), so every writer, in any process, checks against every committed id.
 */
export class IdIndex {
  #high: Uint32Array;
  #low: Uint32Array;
  /** 0 marks an empty slot: positions start at 1. */
  #positions: Float64Array;
  #size = 0;
  /** Every row up to this position is in the table. */
  indexedUpTo = 0;

  constructor(capacity = 1 << 14) {
    this.#high = new Uint32Array(capacity);
    this.#low = new Uint32Array(capacity);
    this.#positions = new Float64Array(capacity);
  }

  get size(): number {
    return this.#size;
  }

  /** The table as it is held: what `IdIndex.restore` takes back. */
  get slots(): { readonly high: Uint32Array; readonly low: Uint32Array; readonly positions: Float64Array } {
    return { high: this.#high, low: this.#low, positions: this.#positions };
  }

  /** A table saved from `slots` (capacity a power of two), holding `size` ids, every row up to `indexedUpTo`. */
  static restore(
    slots: { readonly high: Uint32Array; readonly low: Uint32Array; readonly positions: Float64Array },
    size: number,
    indexedUpTo: number,
  ): IdIndex {
    const capacity = slots.positions.length;
    if (
      capacity === 0 ||
      (capacity & (capacity - 1)) !== 0 ||
      slots.high.length !== capacity ||
      slots.low.length !== capacity
    ) {
      throw new Error('an id index needs three tables of one power-of-two capacity');
    }
    const index = new IdIndex(1);
    index.#high = slots.high;
    index.#low = slots.low;
    index.#positions = slots.positions;
    index.#size = size;
    index.indexedUpTo = indexedUpTo;
    return index;
  }

  /** Whether some stored id has this id's fingerprint: false proves the id is new. */
  mayHold(id: string): boolean {
    const [high, low] = fingerprint(id);
    const mask = this.#positions.length - 1;
    for (let slot = low & mask; this.#positions[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.#high[slot] === high && this.#low[slot] === low) return true;
    }
    return false;
  }

  /** Positions of the stored ids whose fingerprint equals this id's (almost always 0 or 1). */
  candidates(id: string): number[] {
    const [high, low] = fingerprint(id);
    const mask = this.#positions.length - 1;
    const found: number[] = [];
    for (let slot = low & mask; this.#positions[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.#high[slot] === high && this.#low[slot] === low) found.push(this.#positions[slot]!);
    }
    return found;
  }

  /** Adds an id at its position; adding the same id and position again changes nothing. */
  add(id: string, position: number): void {
    if ((this.#size + 1) * 2 > this.#positions.length) this.#grow();
    const [high, low] = fingerprint(id);
    this.#place(high, low, position);
  }

  #place(high: number, low: number, position: number): void {
    const mask = this.#positions.length - 1;
    let slot = low & mask;
    for (; this.#positions[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.#positions[slot] === position && this.#high[slot] === high && this.#low[slot] === low) return;
    }
    this.#high[slot] = high;
    this.#low[slot] = low;
    this.#positions[slot] = position;
    this.#size++;
  }

  #grow(): void {
    const [high, low, positions] = [this.#high, this.#low, this.#positions];
    this.#high = new Uint32Array(positions.length * 2);
    this.#low = new Uint32Array(positions.length * 2);
    this.#positions = new Float64Array(positions.length * 2);
    this.#size = 0;
    for (let slot = 0; slot < positions.length; slot++) {
      if (positions[slot] !== 0) this.#place(high[slot]!, low[slot]!, positions[slot]!);
    }
  }
}

/** Two independent 32-bit FNV-1a style hashes of the id's characters. */
const fingerprint = (id: string): [number, number] => {
  let high = 0x811c9dc5;
  let low = 0x050c5d1f;
  for (let i = 0; i < id.length; i++) {
    const code = id.charCodeAt(i);
    high = Math.imul(high ^ code, 0x01000193);
    low = Math.imul(low ^ code, 0x5bd1e995);
    low ^= low >>> 15;
  }
  return [high >>> 0, low >>> 0];
};
