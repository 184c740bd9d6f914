import {
  EVENT_SCHEMAS,
  EVENT_TYPES,
  EventMetadataSchema,
  type EventType,
  toFieldIssues,
  validateEvent,
} from '@kpi/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applyAt, edgeValues, mutate, mutations, pathsOf } from './event-mutations.ts';
import { compileAcceptor, UNDECIDED } from './fast-accept.ts';
import { InvalidEventError, type NewEvent } from './port.ts';
import { validMetadata, validSeeds } from './valid-event-seeds.ts';
import { prepareAppend } from './validate-new-events.ts';

const seeds = validSeeds();
const acceptors = new Map(EVENT_TYPES.map((type) => [type, compileAcceptor(EVENT_SCHEMAS[type])]));
const acceptMetadata = compileAcceptor(EventMetadataSchema);

describe('compileAcceptor', () => {
  it('compiles an acceptor for every event type and for the metadata, and has a valid seed of each type', () => {
    expect([...acceptors].filter(([, accept]) => accept === null).map(([type]) => type)).toEqual([]);
    expect(acceptMetadata).not.toBeNull();
    expect(new Set(seeds.map((s) => s.type))).toEqual(new Set(EVENT_TYPES));
  });

  it('accepts only what zod accepts, returning what zod returns', () => {
    const tally = { fast: 0, zodOnly: 0, refused: 0 };
    const check = (schema: z.ZodType, accepted: unknown, value: unknown) => {
      const parsed = schema.safeParse(value);
      if (accepted === UNDECIDED) tally[parsed.success ? 'zodOnly' : 'refused']++;
      else {
        tally.fast++;
        expect(parsed.success).toBe(true);
        expect(JSON.stringify(accepted)).toBe(JSON.stringify(parsed.data));
      }
    };
    fc.assert(
      fc.property(fc.constantFrom(...seeds), mutations, mutations, (seed, onData, onMetadata) => {
        const data = mutate(seed.data, onData);
        check(EVENT_SCHEMAS[seed.type], acceptors.get(seed.type)!(data), data);
        const metadata = mutate(validMetadata(seed.type), onMetadata);
        check(EventMetadataSchema, acceptMetadata!(metadata), metadata);
      }),
      { numRuns: 4_000 },
    );
    // Each outcome must occur often, or the property says little (about 4,000, 3,800 and 150 here).
    expect(tally.fast).toBeGreaterThan(2_500);
    expect(tally.refused).toBeGreaterThan(2_500);
    expect(tally.zodOnly).toBeGreaterThan(60);
  });

  it('accepts only what zod accepts when any one field of a seed takes any edge value', () => {
    let accepted = 0;
    for (const { type, data } of seeds) {
      for (const path of pathsOf(data)) {
        for (const value of edgeValues) {
          const edited = applyAt(data, path, { kind: 'set', value });
          const fast = acceptors.get(type)!(edited);
          if (fast === UNDECIDED) continue;
          accepted++;
          const parsed = EVENT_SCHEMAS[type].safeParse(edited);
          expect(
            parsed.success ? JSON.stringify(parsed.data) : parsed.error.issues,
            `${type} ${path.join('.')}`,
          ).toBe(JSON.stringify(fast));
        }
      }
    }
    expect(accepted).toBeGreaterThan(800);
  });

  it('accepts every unchanged seed without zod', () => {
    for (const { type, data } of seeds) expect(acceptors.get(type)!(data)).not.toBe(UNDECIDED);
  });

  it('leaves text with surrounding whitespace, upper-case usernames and missing defaults to zod', () => {
    const seed = (type: EventType) => seeds.find((s) => s.type === type)!.data;
    const undecided = [
      ['RiskIdentified', { ...seed('RiskIdentified'), organization: ' Акимат ' }],
      ['UsernameReserved', { ...seed('UsernameReserved'), username: 'A.Seitkali' }],
      ['ProcessTransformed', { ...seed('ProcessTransformed'), implementsRecommendationIds: undefined }],
    ] as const;
    for (const [type, data] of undecided) expect(acceptors.get(type)!(data)).toBe(UNDECIDED);
  });
});

describe('compileAcceptor on other schemas', () => {
  it('counts lengths in code points as zod does', () => {
    expect(compileAcceptor(z.string().min(2))!('𝄞')).toBe(UNDECIDED);
    expect(compileAcceptor(z.string().max(1))!('𝄞')).toBe('𝄞');
    expect(compileAcceptor(z.string().max(1))!('ab')).toBe(UNDECIDED);
  });

  it('gives no acceptor for kinds it does not mirror', () => {
    for (const schema of [
      z.union([z.string(), z.number()]),
      z.coerce.number(),
      z.object({ a: z.string() }),
      z.strictObject({ a: z.string().transform((s) => s.length) }),
      z
        .string()
        .optional()
        .refine(() => true),
    ]) {
      expect(compileAcceptor(schema)).toBeNull();
    }
  });

  it('leaves checks it does not mirror to zod', () => {
    const superRefined = z.string().superRefine((s, ctx) => {
      if (s === 'x') ctx.addIssue({ code: 'custom', message: 'no x' });
    });
    expect(compileAcceptor(superRefined)!('y')).toBe(UNDECIDED);
    expect(compileAcceptor(z.email())!('a@b.kz')).toBe(UNDECIDED);
    expect(compileAcceptor(z.url())!('https://example.kz')).toBe(UNDECIDED);
  });
});

/** What the store did before it had acceptors: zod on the data and on the metadata. */
const reference = (event: NewEvent) => {
  const data = validateEvent(event.type, event.data);
  const metadata = EventMetadataSchema.safeParse(event.metadata);
  const paths = [
    ...(data.ok ? [] : data.issues.map((i) => i.path)),
    ...(metadata.success ? [] : toFieldIssues(metadata.error, 'metadata').map((i) => i.path)),
  ];
  if (
    metadata.success &&
    metadata.data.schemaVersion !== validMetadata(event.type as EventType).schemaVersion
  ) {
    paths.push('metadata.schemaVersion');
  }
  return paths.length > 0 || !data.ok || !metadata.success
    ? { ok: false, paths: paths.sort() }
    : { ok: true, data: JSON.stringify(data.value.data), metadata: JSON.stringify(metadata.data) };
};
const outcome = (event: NewEvent) => {
  try {
    const [prepared] = prepareAppend('risk-1', [event], 'any');
    return { ok: true, data: prepared!.dataJson, metadata: prepared!.metadataJson };
  } catch (error) {
    if (!(error instanceof InvalidEventError)) throw error;
    return { ok: false, paths: error.issues.map((i) => i.path.replace(/^events\.0\./, '')).sort() };
  }
};

describe('prepareAppend with acceptors', () => {
  it('refuses, names and stores exactly as zod alone did', () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.constantFrom(...seeds), mutations, mutations, (seed, onData, onMetadata) => {
        const event = {
          id: '0b8f6d1e-8a55-4f0e-9a39-1c8f0f5e2a11',
          type: seed.type,
          data: mutate(seed.data, onData),
          metadata: mutate(validMetadata(seed.type), onMetadata),
        } as NewEvent;
        const expected = reference(event);
        if (!expected.ok) refused++;
        expect(outcome(event)).toEqual(expected);
      }),
      { numRuns: 3_000 },
    );
    expect(refused).toBeGreaterThan(600);
    expect(refused).toBeLessThan(2_400);
  });

  it('stores padded text trimmed and a missing default filled, as zod returns them', () => {
    const transformed = seeds.find((s) => s.type === 'ProcessTransformed')!;
    const data: Record<string, unknown> = { ...transformed.data, organization: ' Акимат\n' };
    delete data.implementsRecommendationIds;
    const [prepared] = prepareAppend(
      'transformation-1',
      [
        {
          id: '0b8f6d1e-8a55-4f0e-9a39-1c8f0f5e2a11',
          type: transformed.type,
          data,
          metadata: validMetadata(transformed.type),
        },
      ],
      'any',
    );
    expect(JSON.parse(prepared!.dataJson)).toMatchObject({
      organization: 'Акимат',
      implementsRecommendationIds: [],
    });
  });
});
