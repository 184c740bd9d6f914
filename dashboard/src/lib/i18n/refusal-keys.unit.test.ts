import { describe, expect, it } from 'vitest';
import { en, kk, ru } from '@/app/messages.ts';
import { errorCodeKey, kpiRefusalKey, kpiRefusalOf } from './refusal-keys.ts';

const periodBackwards = { code: 'INVALID_PERIOD', field: 'spec.period.to' };

describe('a declined KPI question, told in the interface language', () => {
  it('names the period ending before it starts by its code and field, not by the English text', () => {
    expect(kpiRefusalKey(periodBackwards)).toBe('refusal.kpi.periodOrder');
    expect(ru[kpiRefusalKey(periodBackwards)]).toMatch(/раньше начала/);
    expect(kk[kpiRefusalKey(periodBackwards)]).not.toMatch(/[a-z]{3}/i);
    expect(en[kpiRefusalKey(periodBackwards)]).toMatch(/before/);
  });

  it('reads a refusal from its answer by type, code and field, and an answer as none', () => {
    expect(
      kpiRefusalOf({ __typename: 'KpiQueryFailed', code: 'INVALID_PERIOD', field: 'period.to' }),
    ).toEqual({
      code: 'INVALID_PERIOD',
      field: 'period.to',
    });
    expect(kpiRefusalOf({ __typename: 'KpiAccessDenied' })).toEqual({ code: 'ACCESS_DENIED', field: null });
    expect(kpiRefusalOf({ __typename: 'KpiChart' })).toBeNull();
  });

  it('falls back to general words for a code from the future, and to none under an error', () => {
    expect(kpiRefusalKey({ code: 'A_CODE_FROM_THE_FUTURE', field: null })).toBe('refusal.kpi.other');
    expect(errorCodeKey('A_CODE_FROM_THE_FUTURE', null)).toBeNull();
    expect(errorCodeKey('FORBIDDEN', null)).toBeNull();
    expect(errorCodeKey('UNAVAILABLE', null)).toBe('error.code.unavailable');
    expect(errorCodeKey('INVALID_FILTER', 'filter.regions')).toBe('refusal.kpi.filter');
  });
});
