import fc from 'fast-check';

/**
 * Edits that turn a valid event into near misses and into valid variants zod normalises: text
 * padded with whitespace or grown to its bounds (astral characters included), keys dropped, added
 * or reordered, dates off the calendar, ids of other UUID versions, numbers at their edges.
 */
type Path = readonly (string | number)[];
export type Mutation = { readonly pick: number; readonly op: Op };
export type Op =
  | { readonly kind: 'set'; readonly value: unknown }
  | { readonly kind: 'pad'; readonly pad: string; readonly before: boolean }
  | { readonly kind: 'case'; readonly upper: boolean }
  | { readonly kind: 'grow'; readonly length: number; readonly astral: boolean }
  | { readonly kind: 'delete' }
  | { readonly kind: 'extra'; readonly key: string }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'reorder' }
  | { readonly kind: 'nullPrototype' };

export const edgeValues = [
  ...[
    '2023-02-29',
    '2024-02-29',
    '2100-02-29',
    '2000-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-1-01',
    '1999-12-31',
  ],
  ...[
    '2026-03-14T10:00:00Z',
    '2026-03-14T10:00:00.123456+05:00',
    '2026-03-14 10:00:00Z',
    '2026-03-14T24:00:00Z',
  ],
  ...['00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'],
  ...['FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF', '6D0C3F0E-1D5A-4A53-9D1C-2F4B7A0C9E11'],
  ...[
    '6d0c3f0e-1d5a-0a53-9d1c-2f4b7a0c9e11',
    '6d0c3f0e-1d5a-4a53-cd1c-2f4b7a0c9e11',
    '6d0c3f0e1d5a4a539d1c2f4b7a0c9e11',
  ],
  ...[
    'KZ-15',
    'kz-15',
    'LAND_RELATIONS',
    'CHAIR',
    'REGIONAL_OFFICER',
    'TABLE',
    'scrypt$1$2$3$YQ==$Yg==',
    'A.B',
  ],
  ...[
    0,
    -0,
    0.1,
    0.29,
    1.005,
    12.34,
    1e15,
    1e15 + 2,
    1.5,
    10_000_000,
    10_000_001,
    2 ** 53,
    -1,
    1,
    2000,
    2001,
  ],
  ...[Number.NaN, Number.POSITIVE_INFINITY, '5', true, null, undefined, [], {}, '', ' ', '\u3000'],
];

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    value: fc.oneof(fc.constantFrom(...edgeValues), fc.string(), fc.double(), fc.integer(), fc.uuid()),
  }),
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('pad' as const),
      pad: fc.constantFrom(' ', '\n', '\t', '\u00a0', '\u3000', '\ufeff', '\u200b', '\u2028'),
      before: fc.boolean(),
    }),
  },
  fc.record({ kind: fc.constant('case' as const), upper: fc.boolean() }),
  fc.record({
    kind: fc.constant('grow' as const),
    length: fc.constantFrom(
      1,
      2,
      3,
      63,
      64,
      65,
      199,
      200,
      201,
      299,
      300,
      301,
      1999,
      2000,
      2001,
      4999,
      5000,
      5001,
    ),
    astral: fc.boolean(),
  }),
  fc.constantFrom<Op>(
    { kind: 'delete' },
    { kind: 'duplicate' },
    { kind: 'reorder' },
    { kind: 'nullPrototype' },
    { kind: 'extra', key: 'extra' },
    { kind: 'extra', key: 'toJSON' },
    { kind: 'extra', key: 'constructor' },
  ),
);

export const mutations = fc.array(fc.record({ pick: fc.nat(), op }), { maxLength: 3 });

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export const pathsOf = (value: unknown, path: Path = []): Path[] =>
  isObject(value)
    ? [
        path,
        ...Object.keys(value).flatMap((key) =>
          pathsOf((value as Record<string, unknown>)[key], [...path, key]),
        ),
      ]
    : [path];

const edit = (value: unknown, op: Op): unknown => {
  switch (op.kind) {
    case 'set':
      return op.value;
    case 'pad':
      return typeof value === 'string' ? (op.before ? op.pad + value : value + op.pad) : value;
    case 'case':
      return typeof value === 'string' ? (op.upper ? value.toUpperCase() : value.toLowerCase()) : value;
    case 'grow': {
      if (typeof value !== 'string') return value;
      const unit = op.astral ? '𝄞' : value.at(-1) || 'ж';
      return [...value, ...Array<string>(op.length).fill(unit)].slice(0, op.length).join('');
    }
    case 'duplicate':
      return Array.isArray(value) && value.length > 0 ? [...value, value[0]] : value;
    case 'reorder':
      return isObject(value) && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value;
    case 'nullPrototype':
      return isObject(value) && !Array.isArray(value) ? Object.assign(Object.create(null), value) : value;
    case 'extra':
      return isObject(value) && !Array.isArray(value) ? { ...value, [op.key]: 1 } : value;
    case 'delete':
      return value;
  }
};

export const applyAt = (value: unknown, path: Path, op: Op): unknown => {
  if (path.length === 0) return edit(value, op);
  const [key, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  if (rest.length === 0 && op.kind === 'delete') delete copy[key!];
  else copy[key!] = applyAt(copy[key!], rest, op);
  return copy;
};

/** Applies the mutations in turn, each at a path picked among the value's current paths. */
export const mutate = (value: unknown, list: readonly Mutation[]): unknown =>
  list.reduce((current, { pick, op }) => {
    const paths = pathsOf(current);
    return applyAt(current, paths[pick % paths.length]!, op);
  }, value);
