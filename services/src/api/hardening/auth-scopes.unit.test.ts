import { expect, it } from 'vitest';
import { schema } from '../schema.ts';

/** The only root fields an anonymous caller may reach. */
const PUBLIC = new Set(['Mutation.signIn']);

const anonymous = { viewer: null, correlationId: 'c', services: {} };

it('declares auth scopes on every root field, and opens none but signIn to anonymous callers', async () => {
  const missing: string[] = [];
  const openToAnonymous: string[] = [];
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const name = `${type!.name}.${field.name}`;
      const scopes = (field.extensions?.pothosOptions as { authScopes?: unknown } | undefined)?.authScopes;
      if (scopes === undefined) missing.push(name);
      else if (typeof scopes === 'function' && (await scopes({}, {}, anonymous, undefined)) === true) {
        openToAnonymous.push(name);
      }
    }
  }
  expect(missing).toEqual([]);
  expect(openToAnonymous.filter((n) => !PUBLIC.has(n))).toEqual([]);
  expect(openToAnonymous).toContain('Mutation.signIn');
});
