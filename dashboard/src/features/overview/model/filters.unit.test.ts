import { describe, expect, it } from 'vitest';
import {
  almatyToday,
  asOfInstant,
  parseFilters,
  periodKnownOn,
  presetPeriod,
  writeFilters,
} from './filters.ts';

const today = '2026-05-20';

describe('overview filters kept in the URL', () => {
  it('reads a full, valid URL as written', () => {
    const filters = parseFilters(
      new URLSearchParams(
        'from=2026-01-01&to=2026-03-31&region=KZ-62&sphere=EDUCATION&asOf=2026-04-01&map=removalRate',
      ),
      today,
    );
    expect(filters).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      region: 'KZ-62',
      sphere: 'EDUCATION',
      district: null,
      asOf: '2026-04-01',
      map: 'removalRate',
    });
  });

  it('falls back to the last twelve months and drops unknown codes, future asOf and reversed periods', () => {
    const filters = parseFilters(
      new URLSearchParams(
        'from=2026-06-01&to=2026-01-01&region=KZ-AKM&sphere=NOPE&asOf=2027-01-01&map=arrests',
      ),
      today,
    );
    expect(filters).toEqual({
      from: '2025-05-21',
      to: today,
      region: null,
      sphere: null,
      district: null,
      asOf: null,
      map: 'causesRemoved',
    });
  });

  it('keeps a district of nine digits only when it lies in the region in focus', () => {
    const district = (query: string) => parseFilters(new URLSearchParams(query), today).district;
    expect(district('region=KZ-15&district=154845000')).toBe('154845000');
    expect(district('district=154845000')).toBe('154845000');
    expect(district('region=KZ-71&district=154845000')).toBeNull();
    expect(district('region=KZ-15&district=15484')).toBeNull();
  });

  it('computes the quick periods from the Almaty calendar day', () => {
    expect(presetPeriod('quarter', today)).toEqual({ from: '2026-04-01', to: today });
    expect(presetPeriod('prevQuarter', today)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(presetPeriod('prevQuarter', '2026-02-10')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(presetPeriod('year', today)).toEqual({ from: '2026-01-01', to: today });
    expect(almatyToday(new Date('2026-12-31T20:00:00Z'))).toBe('2027-01-01');
  });

  it('makes "12 months" the twelve months ending today, not the calendar year', () => {
    expect(presetPeriod('last12', '2026-12-04')).toEqual({ from: '2025-12-05', to: '2026-12-04' });
    expect(presetPeriod('year', '2026-12-04')).toEqual({ from: '2026-01-01', to: '2026-12-04' });
    expect(presetPeriod('last12', '2026-12-31')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(presetPeriod('last12', '2028-02-29')).toEqual({ from: '2027-03-01', to: '2028-02-29' });
    expect(presetPeriod('last12', '2026-03-31')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
  });

  it('writes only what is set and removes what is cleared', () => {
    const next = writeFilters(
      { region: null, asOf: '2026-01-31' },
      new URLSearchParams('region=KZ-10&from=2026-01-01'),
    );
    expect(next.toString()).toBe('from=2026-01-01&asOf=2026-01-31');
  });

  it('takes asOf as the end of that day in Almaty', () => {
    expect(asOfInstant('2026-03-31')).toBe('2026-03-31T18:59:59.999Z');
    expect(asOfInstant(null)).toBeNull();
  });

  it('ends the period on the "as known on" day, so the comparison sets like against like', () => {
    const filters = parseFilters(new URLSearchParams('from=2026-01-01&to=2026-05-20&asOf=2026-03-31'), today);
    expect([filters.from, filters.to, filters.asOf]).toEqual(['2026-01-01', '2026-03-31', '2026-03-31']);
    // A period wholly after that day is not known at all: the twelve months up to it instead.
    expect(periodKnownOn('2026-04-01', '2026-05-20', '2026-03-31')).toEqual({
      from: '2025-04-01',
      to: '2026-03-31',
    });
    expect(periodKnownOn('2026-01-01', '2026-02-28', '2026-03-31')).toEqual({
      from: '2026-01-01',
      to: '2026-02-28',
    });
  });
});
