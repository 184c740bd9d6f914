/**
 * Risk, recommendation and case ids to their dense slots. The fold looks one up for nearly every
 * event, in tables of hundreds of thousands: a Map keyed by the id strings spends most of that on
 * cache misses (its bucket, its entry, then the stored key's characters to compare). Ids in the
 * canonical form the write side produces (a lowercase UUID) are kept instead as their 128 bits in
 * an open-addressing table of typed arrays: one probe usually reads one cache line. Any other
 * text (upper case, not a UUID) is kept in a Map, so every distinct string is still its own id,
 * as with a Map alone. Plain data (typed arrays and a Map), so a state holding it survives
 * structured cloning (snapshots).
 */
export interface IdIndex {
  /** Ids in the table (not counting `other`). */
  size: number;
  /** Buckets of WIDTH words: the id's four 32-bit words, then its slot + 1 (0: empty). */
  buckets: Int32Array;
  /** Ids not in canonical form. */
  other: Map<string, number>;
}

const WIDTH = 5;
const MIN_BUCKETS = 64;

export const emptyIdIndex = (): IdIndex => ({
  size: 0,
  buckets: new Int32Array(MIN_BUCKETS * WIDTH),
  other: new Map(),
});

// The four words of the id being looked up: module scope, so parsing allocates nothing.
let w0 = 0;
let w1 = 0;
let w2 = 0;
let w3 = 0;

/** Value of each character code below 128 as a lowercase hex digit, else 16 (not one). */
const HEX = new Uint8Array(128).fill(16);
for (let c = 0; c < 10; c++) HEX[48 + c] = c;
for (let c = 0; c < 6; c++) HEX[97 + c] = 10 + c;

/**
 * Eight hex digits from `at` (a dash after the fourth when `dash`) as one 32-bit word, or -1 with
 * `bad` set when one is not a lowercase hex digit (or the dash is not one).
 */
let bad = false;
const word = (id: string, at: number, dash: boolean): number => {
  let w = 0;
  let k = at;
  for (let n = 0; n < 8; n++, k++) {
    if (dash && n === 4) {
      if (id.charCodeAt(k) !== 45) bad = true;
      k++;
    }
    const c = id.charCodeAt(k);
    const v = c < 128 ? HEX[c]! : 16;
    if (v > 15) bad = true;
    w = (w << 4) | (v & 15);
  }
  return w;
};

/**
 * Reads a canonical id (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, lowercase hex) into w0..w3.
 * False for any other text.
 */
const parseCanonical = (id: string): boolean => {
  if (id.length !== 36 || id.charCodeAt(8) !== 45 || id.charCodeAt(18) !== 45) return false;
  bad = false;
  // Digits 0-7 | 9-12 and 14-17 (dash at 13) | 19-22 (dash at 23) 24-27 | 28-35.
  w0 = word(id, 0, false);
  w1 = word(id, 9, true);
  w2 = word(id, 19, true);
  w3 = word(id, 28, false);
  return !bad;
};

const hash = (): number => {
  let h = Math.imul(w0 ^ Math.imul(w1, 0x9e3779b1), 0x85ebca6b);
  h = Math.imul(h ^ w2 ^ (h >>> 15), 0xc2b2ae35);
  h = Math.imul(h ^ w3 ^ (h >>> 13), 0x27d4eb2f);
  return h ^ (h >>> 16);
};

/** The bucket (word offset) holding w0..w3, or the empty one where they would go. */
const probe = (buckets: Int32Array): number => {
  const mask = buckets.length / WIDTH - 1;
  for (let b = hash() & mask; ; b = (b + 1) & mask) {
    const o = b * WIDTH;
    if (buckets[o + 4] === 0) return o;
    if (buckets[o] === w0 && buckets[o + 1] === w1 && buckets[o + 2] === w2 && buckets[o + 3] === w3)
      return o;
  }
};

/** The slot of `id`, or -1 when it has none. */
export const findId = (index: IdIndex, id: string): number => {
  if (!parseCanonical(id)) return index.other.get(id) ?? -1;
  return index.buckets[probe(index.buckets) + 4]! - 1;
};

/** The slot of `id`; when it has none, `next` becomes its slot (and is returned). */
export const slotOfId = (index: IdIndex, id: string, next: number): number => {
  if (!parseCanonical(id)) {
    const found = index.other.get(id);
    if (found !== undefined) return found;
    index.other.set(id, next);
    return next;
  }
  const o = probe(index.buckets);
  const found = index.buckets[o + 4]!;
  if (found !== 0) return found - 1;
  index.buckets[o] = w0;
  index.buckets[o + 1] = w1;
  index.buckets[o + 2] = w2;
  index.buckets[o + 3] = w3;
  index.buckets[o + 4] = next + 1;
  index.size++;
  // At most half full, so probes stay short.
  if (index.size * 2 > index.buckets.length / WIDTH) rehash(index);
  return next;
};

const rehash = (index: IdIndex): void => {
  const old = index.buckets;
  const buckets = new Int32Array(old.length * 2);
  for (let o = 0; o < old.length; o += WIDTH) {
    if (old[o + 4] === 0) continue;
    w0 = old[o]!;
    w1 = old[o + 1]!;
    w2 = old[o + 2]!;
    w3 = old[o + 3]!;
    const to = probe(buckets);
    for (let k = 0; k < WIDTH; k++) buckets[to + k] = old[o + k]!;
  }
  index.buckets = buckets;
};
