import type { FileHandle } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';

/**
 * A value cut into parts of bounded size for a snapshot file, and put back together while the
 * file is read: no buffer, string or file read ever holds the whole value, so a state of many
 * gigabytes is written and read like a small one (one Buffer or readFile stops at 2 GiB).
 *
 * The value is walked once: typed arrays larger than a part go out as their raw bytes, in parts;
 * arrays, Maps and Sets longer than `sliceLength` go out as slices, each serialized on its own;
 * what is left (the value's skeleton, where those stood) is serialized last. Everything smaller
 * stays in the skeleton or its slices, serialized by v8 as the structured clone does. Plain
 * objects are walked key by key; their own size is not cut (states hold few keys, many entries).
 *
 * File: MAGIC, then records of [tag u8][id u32][length u32][bytes]: a head (what the id is and
 * where it goes), its parts, and finally the skeleton and an end record with the count of records.
 */
export interface PartLimits {
  /** Largest part in bytes (default 16 MiB). */
  readonly partBytes?: number;
  /** Elements of an array, entries of a Map or Set per slice (default 16,384). */
  readonly sliceLength?: number;
  /** Typed arrays larger than this go out as records of their own (default: `partBytes`). */
  readonly recordBytes?: number;
  /** Cut in slices (`partsOfInSlices`): how long to cut before the event loop turns (default 10 ms). */
  readonly sliceBudgetMs?: number;
}

const MAGIC = Buffer.from('KPISNAP2');
const HEAD = 1;
const PART = 2;
const SKELETON = 3;
const END = 4;
const RECORD_HEADER = 9;

type Step = readonly ['o' | 'a' | 'm', unknown];

type Head =
  | { readonly kind: 'typed'; readonly path: readonly Step[]; readonly type: string; readonly length: number }
  | { readonly kind: 'array' | 'map' | 'set'; readonly path: readonly Step[]; readonly length: number };

const TYPED = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
} as const;
type TypedName = keyof typeof TYPED;
type Typed = InstanceType<(typeof TYPED)[TypedName]>;

const record = (tag: number, id: number, bytes: Uint8Array): Uint8Array[] => {
  const header = Buffer.alloc(RECORD_HEADER);
  header.writeUInt8(tag, 0);
  header.writeUInt32LE(id, 1);
  header.writeUInt32LE(bytes.byteLength, 5);
  return [header, bytes];
};

/**
 * The records of `value`, in the order they are to be written. Synchronous, so that a state being
 * folded cannot move while it is cut; the raw parts are copies for the same reason.
 */
export const partsOf = (value: unknown, limits: PartLimits = {}): Uint8Array[] => {
  const cutting = cut(value, limits);
  for (;;) {
    const step = cutting.next();
    if (step.done) return step.value;
  }
};

/**
 * The same records, cut a few at a time: after `sliceBudgetMs` of cutting, the event loop gets a turn,
 * so that cutting a state of a gigabyte (seconds) never holds every request behind it. The caller
 * keeps the value from changing until the promise settles; the records are copies, so it may
 * change again while they are written. Typed arrays over `recordBytes` (default 1 MiB here) go
 * out as records of their own, or the skeleton would hold most of a columnar state in one step;
 * slices are of 2,048 items (a slice of Map entries holding objects took 100-600 ms to cut).
 */
export const partsOfInSlices = async (value: unknown, limits: PartLimits = {}): Promise<Uint8Array[]> => {
  const budgetMs = limits.sliceBudgetMs ?? 10;
  const cutting = cut(value, { recordBytes: 2 ** 20, sliceLength: 2_048, ...limits });
  let since = performance.now();
  for (;;) {
    const step = cutting.next();
    if (step.done) return step.value;
    if (performance.now() - since < budgetMs) continue;
    await new Promise((resolve) => setImmediate(resolve));
    since = performance.now();
  }
};

const isPrimitive = (node: unknown): boolean =>
  node === null || (typeof node !== 'object' && typeof node !== 'function');

/** The walk of `partsOf`, pausing (yield) after each record it emits. */
function* cut(value: unknown, limits: PartLimits): Generator<void, Uint8Array[]> {
  const partBytes = limits.partBytes ?? 16 * 2 ** 20;
  const recordBytes = Math.min(limits.recordBytes ?? partBytes, partBytes);
  const sliceLength = limits.sliceLength ?? 16_384;
  const out: Uint8Array[] = [MAGIC];
  let records = 0;
  let nextId = 0;
  const emit = (tag: number, id: number, bytes: Uint8Array) => {
    out.push(...record(tag, id, bytes));
    records++;
  };

  function* walk(node: unknown, path: readonly Step[]): Generator<void, unknown> {
    if (isPrimitive(node)) return node;
    if (ArrayBuffer.isView(node) && !(node instanceof DataView)) {
      const typed = node as Typed;
      if (typed.byteLength <= recordBytes) return node;
      const id = nextId++;
      const type = typed.constructor.name as TypedName;
      emit(HEAD, id, serialize({ kind: 'typed', path, type, length: typed.length } satisfies Head));
      const bytes = new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength);
      for (let from = 0; from < bytes.byteLength; from += partBytes) {
        emit(PART, id, Buffer.from(bytes.subarray(from, Math.min(from + partBytes, bytes.byteLength))));
        yield;
      }
      return null;
    }
    if (Array.isArray(node)) {
      function* walked(from: number, to: number): Generator<void, unknown[]> {
        const items: unknown[] = [];
        for (let k = from; k < to; k++) {
          const item = (node as unknown[])[k];
          // A primitive is its own record: no path made for it (millions of ids).
          items.push(isPrimitive(item) ? item : yield* walk(item, [...path, ['a', k]]));
        }
        return items;
      }
      if (node.length <= sliceLength) return yield* walked(0, node.length);
      return yield* sliced('array', node.length, path, walked);
    }
    if (node instanceof Map) {
      const entries = [...node];
      function* walked(from: number, to: number): Generator<void, unknown[]> {
        const items: unknown[] = [];
        for (let k = from; k < to; k++) {
          const [key, item] = entries[k]!;
          items.push([key, isPrimitive(item) ? item : yield* walk(item, [...path, ['m', key]])]);
        }
        return items;
      }
      if (entries.length <= sliceLength)
        return new Map((yield* walked(0, entries.length)) as [unknown, unknown][]);
      return yield* sliced('map', entries.length, path, walked);
    }
    if (node instanceof Set) {
      const items = [...node];
      if (items.length <= sliceLength) return node;
      // biome-ignore lint/correctness/useYield: a Set's items are not walked, only sliced
      return yield* sliced('set', items.length, path, function* (from, to) {
        return items.slice(from, to);
      });
    }
    if (node !== null && typeof node === 'object' && isPlain(node)) {
      const copy: Record<string, unknown> = Object.create(Object.getPrototypeOf(node));
      for (const [key, item] of Object.entries(node))
        setOwn(copy, key, isPrimitive(item) ? item : yield* walk(item, [...path, ['o', key]]));
      return copy;
    }
    return node;
  }

  function* sliced(
    kind: 'array' | 'map' | 'set',
    length: number,
    path: readonly Step[],
    slice: (from: number, to: number) => Generator<void, unknown[]>,
  ): Generator<void, null> {
    const id = nextId++;
    emit(HEAD, id, serialize({ kind, path, length } satisfies Head));
    for (let from = 0; from < length; from += sliceLength) {
      // A slice's own large members go out (as records of their own) before the slice itself.
      const part = yield* slice(from, Math.min(from + sliceLength, length));
      emit(PART, id, serialize(part));
      yield;
    }
    return null;
  }

  const skeleton = yield* walk(value, []);
  emit(SKELETON, 0, serialize(skeleton));
  const end = Buffer.alloc(4);
  end.writeUInt32LE(records + 1, 0);
  emit(END, 0, end);
  return out;
}

const isPlain = (node: object): boolean => {
  const prototype = Object.getPrototypeOf(node);
  return prototype === Object.prototype || prototype === null;
};

/** Thrown for a file that is not a whole snapshot of this format. */
export class UnreadableSnapshot extends Error {}

interface Assembling {
  readonly head: Head;
  value: Typed | unknown[] | Map<unknown, unknown> | Set<unknown>;
  filled: number;
}

/** Reads a value written from `partsOf`, one record at a time. */
export const readParts = async (handle: FileHandle): Promise<unknown> => {
  let offset = 0;
  const exactly = async (into: Uint8Array): Promise<void> => {
    for (let read = 0; read < into.byteLength; ) {
      const { bytesRead } = await handle.read(into, read, into.byteLength - read, offset);
      if (bytesRead === 0) throw new UnreadableSnapshot('the snapshot ends early');
      read += bytesRead;
      offset += bytesRead;
    }
  };
  const magic = Buffer.alloc(MAGIC.length);
  await exactly(magic);
  if (!magic.equals(MAGIC)) throw new UnreadableSnapshot('not a snapshot of this format');

  const assembling = new Map<number, Assembling>();
  const done: Assembling[] = [];
  const header = Buffer.alloc(RECORD_HEADER);
  let records = 0;
  let skeleton: unknown;
  for (;;) {
    await exactly(header);
    const tag = header.readUInt8(0);
    const id = header.readUInt32LE(1);
    const length = header.readUInt32LE(5);
    records++;
    const current = tag === PART ? assembling.get(id) : undefined;
    if (current && current.head.kind === 'typed') {
      // Raw bytes go straight into the array being rebuilt.
      const typed = current.value as Typed;
      if (current.filled + length > typed.byteLength)
        throw new UnreadableSnapshot('a part overflows its array');
      await exactly(new Uint8Array(typed.buffer, typed.byteOffset + current.filled, length));
      current.filled += length;
      continue;
    }
    const bytes = Buffer.alloc(length);
    await exactly(bytes);
    if (tag === HEAD) {
      const head = deserialize(bytes) as Head;
      const value =
        head.kind === 'typed'
          ? new TYPED[head.type as TypedName](head.length)
          : head.kind === 'array'
            ? []
            : head.kind === 'map'
              ? new Map()
              : new Set();
      const entry = { head, value, filled: 0 };
      assembling.set(id, entry);
      done.push(entry);
    } else if (tag === PART) {
      if (!current) throw new UnreadableSnapshot('a part without its head');
      const slice = deserialize(bytes) as unknown[];
      if (current.value instanceof Map)
        for (const [k, v] of slice as [unknown, unknown][]) current.value.set(k, v);
      else if (current.value instanceof Set) for (const item of slice) current.value.add(item);
      else for (const item of slice) (current.value as unknown[]).push(item);
      current.filled += slice.length;
    } else if (tag === SKELETON) {
      skeleton = deserialize(bytes);
    } else if (tag === END) {
      if (bytes.readUInt32LE(0) !== records) throw new UnreadableSnapshot('records are missing');
      break;
    } else throw new UnreadableSnapshot(`unknown record ${tag}`);
  }
  for (const entry of done) {
    const expected = entry.head.kind === 'typed' ? (entry.value as Typed).byteLength : entry.head.length;
    if (entry.filled !== expected) throw new UnreadableSnapshot('a value is incomplete');
  }
  // Outer values first: a path may pass through a value that was itself written in parts.
  done.sort((a, b) => a.head.path.length - b.head.path.length);
  const root = { value: skeleton };
  for (const entry of done) place(root, entry.head.path, entry.value);
  return root.value;
};

const place = (root: { value: unknown }, path: readonly Step[], value: unknown) => {
  if (path.length === 0) {
    root.value = value;
    return;
  }
  let node: unknown = root.value;
  for (let i = 0; i < path.length - 1; i++) node = stepInto(node, path[i]!);
  const [kind, key] = path[path.length - 1]!;
  if (kind === 'm') (node as Map<unknown, unknown>).set(key, value);
  else setOwn(node as object, key as string | number, value);
};

/** An own property even for a key such as "__proto__", which an assignment would take for the prototype. */
const setOwn = (node: object, key: string | number, value: unknown) => {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
};

const stepInto = (node: unknown, [kind, key]: Step): unknown =>
  kind === 'm'
    ? (node as Map<unknown, unknown>).get(key)
    : Object.getOwnPropertyDescriptor(node, key as string | number)?.value;
