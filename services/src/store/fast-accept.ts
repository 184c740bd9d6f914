import type { z } from 'zod';

/** What an acceptor returns when it cannot vouch for a value: the schema's own parse then decides. */
export const UNDECIDED: unique symbol = Symbol('undecided');

/**
 * Returns what the schema's parse would return for the value, or UNDECIDED. It never refuses:
 * refusing (with field-level messages) stays with zod.
 */
export type Acceptor = (value: unknown) => unknown;

/** The parts of zod 4's `_zod` internals an acceptor reads (documented for library authors). */
interface Check {
  readonly _zod: {
    readonly def: { readonly when?: (payload: Payload) => boolean };
    readonly check: (payload: Payload) => unknown;
  };
}
interface Internals {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly coerce?: boolean;
      readonly checks?: readonly Check[];
    } & Record<string, unknown>;
    readonly traits: ReadonlySet<string>;
    readonly values?: ReadonlySet<unknown>;
  };
}
interface Payload {
  value: unknown;
  issues: unknown[];
}

interface CheckDef {
  readonly check?: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly fn?: (value: unknown) => unknown;
  readonly tx?: (value: unknown) => unknown;
  readonly when?: unknown;
}

/** For checks not mirrored here: the value goes to zod. */
const undecidable = () => false;

/** The formats whose check is only zod's `pattern.test` ($ZodCheckStringFormat without an override). */
const PATTERN_FORMATS = new Set(['uuid', 'date', 'datetime', 'regex']);

/** A length check run as zod runs it on a valid value: any issue or rewrite leaves the decision to zod. */
const viaZod =
  (check: Check) =>
  (value: unknown): boolean => {
    const payload: Payload = { value, issues: [] };
    const when = check._zod.def.when;
    if (when && !when(payload)) return true;
    const result = check._zod.check(payload);
    return !(result instanceof Promise) && payload.issues.length === 0 && payload.value === value;
  };

/**
 * The common checks as predicates that pass exactly when zod's check passes without rewriting the
 * value (its source read for zod 4.6: lengths in code points, bounds, patterns, refinements);
 * where the answer would need more work (a length near its bound) zod's own check runs, and any
 * other kind of check makes the value undecidable.
 */
const predicateOf = (check: Check): ((value: unknown) => boolean) => {
  const def = check._zod.def as CheckDef;
  const zod = viaZod(check);
  // A condition of its own on any other check (lengths come with one that holds for text and lists).
  // A refinement with one (run even when other fields failed, so a form shows every missing field)
  // is run as zod runs it: the condition, then the refinement, on the value already accepted.
  if (def.when && def.check !== 'min_length' && def.check !== 'max_length') {
    return def.check === 'custom' ? zod : undecidable;
  }
  switch (def.check) {
    case 'overwrite':
      return (value) => def.tx!(value) === value;
    case 'min_length': {
      // A code point is one or two units: twice the floor in units always clears it.
      const sure = 2 * def.minimum!;
      return (value) => ((value as { length: number }).length >= sure ? true : zod(value));
    }
    case 'max_length': {
      const maximum = def.maximum!;
      return (value) => ((value as { length: number }).length <= maximum ? true : zod(value));
    }
    case 'string_format': {
      const pattern = def.pattern;
      if (!pattern || !PATTERN_FORMATS.has(def.format!)) return undecidable;
      return (value) => {
        pattern.lastIndex = 0;
        return pattern.test(value as string);
      };
    }
    case 'number_format':
      return def.format === 'safeint' ? (value) => Number.isSafeInteger(value) : zod;
    case 'greater_than': {
      const bound = def.value;
      if (typeof bound !== 'number') return zod;
      return def.inclusive ? (value) => (value as number) >= bound : (value) => (value as number) > bound;
    }
    case 'less_than': {
      const bound = def.value;
      if (typeof bound !== 'number') return zod;
      return def.inclusive ? (value) => (value as number) <= bound : (value) => (value as number) < bound;
    }
    case 'custom':
      // superRefine's checks have no `fn` (they report through the payload): zod runs those.
      if (typeof def.fn !== 'function') return undecidable;
      return (value) => {
        const result = def.fn!(value);
        return !(result instanceof Promise) && Boolean(result);
      };
    default:
      return undecidable;
  }
};

/** A schema's checks in zod's order (the schema itself first when it is a check, as string formats are). */
const checksOf = (schema: Internals): ((value: unknown) => boolean) => {
  const own = schema._zod.def.checks ?? [];
  const all = schema._zod.traits.has('$ZodCheck') ? [schema as unknown as Check, ...own] : [...own];
  const predicates = all.map(predicateOf);
  switch (predicates.length) {
    case 0:
      return () => true;
    case 1:
      return predicates[0]!;
    default:
      return (value) => {
        for (const predicate of predicates) if (!predicate(value)) return false;
        return true;
      };
  }
};

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * Compiles an acceptor from a zod schema's definition, once. Schemas built of kinds it does not
 * know (unions, pipes, transforms, ...) get no acceptor (null): their values always go to zod.
 * Values are copied as they are checked, in the schema's key order as zod's output is, so that
 * what is serialised is what was checked.
 */
export const compileAcceptor = (zodSchema: z.ZodType): Acceptor | null => {
  const schema = zodSchema as unknown as Internals;
  const def = schema._zod.def;
  if (def.coerce) return null;
  const checks = checksOf(schema);
  switch (def.type) {
    case 'string':
      return (value) => (typeof value === 'string' && checks(value) ? value : UNDECIDED);
    case 'number':
      return (value) =>
        typeof value === 'number' && Number.isFinite(value) && checks(value) ? value : UNDECIDED;
    case 'boolean':
      return (value) => (typeof value === 'boolean' && checks(value) ? value : UNDECIDED);
    case 'enum': {
      const values = schema._zod.values;
      if (!values) return null;
      return (value) => (values.has(value) && checks(value) ? value : UNDECIDED);
    }
    case 'optional':
    case 'nullable':
    case 'default': {
      if (def.checks?.length) return null;
      const inner = compileAcceptor(def.innerType as z.ZodType);
      if (inner === null) return null;
      // An absent optional value stays absent; a default would be filled in by zod.
      const empty = def.type === 'optional' ? undefined : def.type === 'nullable' ? null : UNDECIDED;
      const skip = def.type === 'nullable' ? null : undefined;
      return (value) => (value === skip ? empty : inner(value));
    }
    case 'array': {
      const element = compileAcceptor(def.element as z.ZodType);
      if (element === null) return null;
      return (value) => {
        if (!Array.isArray(value)) return UNDECIDED;
        const out = new Array(value.length);
        for (let i = 0; i < value.length; i++) {
          const item = element(value[i]);
          if (item === UNDECIDED) return UNDECIDED;
          out[i] = item;
        }
        return checks(out) ? out : UNDECIDED;
      };
    }
    case 'object':
      return compileObject(def, checks);
    default:
      return null;
  }
};

const compileObject = (
  def: Internals['_zod']['def'],
  checks: (value: unknown) => boolean,
): Acceptor | null => {
  const catchall = def.catchall as Internals | undefined;
  // Only strict objects (unknown keys refused): other modes strip or keep keys in ways not mirrored here.
  if (catchall?._zod.def.type !== 'never') return null;
  const shape = def.shape as Record<string, z.ZodType>;
  const keys = Object.keys(shape);
  const fields: Acceptor[] = [];
  for (const key of keys) {
    const field = compileAcceptor(shape[key]!);
    if (field === null) return null;
    fields.push(field);
  }
  return (value) => {
    if (!isPlainObject(value)) return UNDECIDED;
    for (const key in value) if (!Object.hasOwn(shape, key)) return UNDECIDED;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const field = fields[i]!(value[key]);
      if (field === UNDECIDED) return UNDECIDED;
      if (field !== undefined) out[key] = field;
    }
    return checks(out) ? out : UNDECIDED;
  };
};
