import { describe, expect, it } from 'vitest';
import { BoundedLabels, graphqlOperationOf } from './graphql-operation.ts';

describe('graphqlOperationOf', () => {
  it('prefers the operationName, then the document name, then the first field', () => {
    expect(graphqlOperationOf({ query: 'query A { x }', operationName: 'B' })).toEqual({
      name: 'B',
      type: 'query',
    });
    expect(graphqlOperationOf({ query: '# comment\n mutation Save($i: I!) { save(i: $i) { id } }' })).toEqual(
      {
        name: 'Save',
        type: 'mutation',
      },
    );
    expect(
      graphqlOperationOf({ query: 'mutation($input: X!) { identifyRisk(input: $input) { __typename } }' }),
    ).toEqual({
      name: 'identifyRisk',
      type: 'mutation',
    });
    expect(graphqlOperationOf({ query: '{ summary: kpiSummary { x } }' })).toEqual({
      name: 'kpiSummary',
      type: 'query',
    });
    expect(graphqlOperationOf({ query: 'subscription { kpiChanged { at } }' }).type).toBe('subscription');
  });

  it('labels what it cannot read instead of trusting it', () => {
    expect(graphqlOperationOf(undefined)).toEqual({ name: 'unknown', type: 'unknown' });
    expect(graphqlOperationOf({ query: 42 })).toEqual({ name: 'unknown', type: 'unknown' });
    expect(graphqlOperationOf({ query: '{ x }', operationName: 'a b"c' }).name).toBe('invalid');
  });
});

describe('BoundedLabels', () => {
  it('keeps the first names and folds the rest into "other"', () => {
    const labels = new BoundedLabels(2);
    expect([labels.of('a'), labels.of('b'), labels.of('c'), labels.of('a')]).toEqual([
      'a',
      'b',
      'other',
      'a',
    ]);
  });
});
