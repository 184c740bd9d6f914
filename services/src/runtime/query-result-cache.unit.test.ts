import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useQueryResultCache } from './query-result-cache.ts';

interface Context extends Record<string, unknown> {
  readonly user: string | null;
}

const setup = () => {
  const state = { version: 1, executed: 0, fail: false };
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema: createSchema<Context>({
      typeDefs: `type Query { summary(region: String): String, me: String }
        type Mutation { touch: Int }`,
      resolvers: {
        Query: {
          summary: (_root, args: { region?: string }) => {
            state.executed += 1;
            if (state.fail) throw new Error('not yet');
            return `${args.region ?? 'all'}@${state.version}`;
          },
          me: (_root, _args, context) => {
            state.executed += 1;
            return context.user;
          },
        },
        Mutation: {
          touch: () => {
            state.executed += 1;
            return state.version;
          },
        },
      },
    }),
    context: ({ request }) => ({ user: request.headers.get('x-user') }),
    plugins: [
      useQueryResultCache<Context>({
        fields: ['summary'],
        version: () => state.version,
        caller: (context) => context.user,
      }),
    ],
    logging: false,
  });
  const ask = async (
    query: string,
    user: string | null = 'chair',
    variables: Record<string, unknown> = {},
  ) => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(user ? { 'x-user': user } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  };
  return { state, ask };
};

describe('query result cache', () => {
  it('answers a repeated query from the cache until the read models move', async () => {
    const { state, ask } = setup();
    const query = 'query($r: String) { summary(region: $r) }';
    expect((await ask(query, 'chair', { r: 'KZ-15' })).data).toEqual({ summary: 'KZ-15@1' });
    expect((await ask(query, 'chair', { r: 'KZ-15' })).data).toEqual({ summary: 'KZ-15@1' });
    expect(state.executed).toBe(1);
    expect((await ask(query, 'chair', { r: 'KZ-71' })).data).toEqual({ summary: 'KZ-71@1' });
    expect(state.executed).toBe(2);
    state.version = 2;
    expect((await ask(query, 'chair', { r: 'KZ-15' })).data).toEqual({ summary: 'KZ-15@2' });
    expect(state.executed).toBe(3);
  });

  it('never shares an answer between callers, nor caches for an anonymous one', async () => {
    const { state, ask } = setup();
    await ask('{ summary }', 'chair');
    await ask('{ summary }', 'analyst');
    await ask('{ summary }', null);
    await ask('{ summary }', null);
    expect(state.executed).toBe(4);
  });

  it('leaves alone operations with other fields, mutations, and answers with errors', async () => {
    const { state, ask } = setup();
    await ask('{ summary me }');
    await ask('{ summary me }');
    expect(state.executed).toBe(4);
    await ask('mutation { touch }');
    await ask('mutation { touch }');
    expect(state.executed).toBe(6);
    state.fail = true;
    expect((await ask('{ summary }')).errors).toHaveLength(1);
    state.fail = false;
    expect((await ask('{ summary }')).data).toEqual({ summary: 'all@1' });
    expect(state.executed).toBe(8);
  });
});
