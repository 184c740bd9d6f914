import { describe, expect, it } from 'vitest';
import { en, kk, ru } from '@/app/messages.ts';
import { refusalKey } from './refusal.ts';

const periodBackwards = {
  code: 'INVALID_PERIOD',
  field: 'spec.period.to',
  message: 'must not be before from',
};

describe('a refused chart, told in the interface language', () => {
  it('names the period ending before it starts by its code and field, not by the English text', () => {
    expect(refusalKey(periodBackwards)).toBe('charts.refusal.periodOrder');
    expect(refusalKey({ ...periodBackwards, message: 'anything else' })).toBe('charts.refusal.periodOrder');
    expect(ru[refusalKey(periodBackwards)]).toMatch(/раньше начала/);
    expect(kk[refusalKey(periodBackwards)]).not.toMatch(/[a-z]{3}/i);
    expect(en[refusalKey(periodBackwards)]).toMatch(/before/);
  });

  it('has a message in every language for every code the contract lists, and for one it does not', () => {
    const codes = [
      'UNKNOWN_MEASURE',
      'UNKNOWN_DIMENSION',
      'INVALID_COMBINATION',
      'INVALID_FILTER',
      'INVALID_PERIOD',
      'LIMIT_OUT_OF_RANGE',
      'TOO_MANY_GROUPS',
      'INVALID_CURSOR',
      'ACCESS_DENIED',
      'A_CODE_FROM_THE_FUTURE',
    ];
    for (const code of codes) {
      for (const field of [null, 'spec.measures', 'spec.dimensions.1', 'spec.period']) {
        const key = refusalKey({ code, field, message: 'x' });
        for (const catalogue of [ru, kk, en]) expect(catalogue[key]).toBeTruthy();
        expect(ru[key]).not.toMatch(/[a-z]{3}/i);
      }
    }
  });
});
