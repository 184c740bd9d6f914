import { REGION_LABELS, SPHERE_LABELS } from '@/lib/i18n/vocabulary.generated.ts';

/** The overview's question, kept in the URL so a view can be bookmarked, shared and reloaded. */
export interface OverviewFilters {
  readonly from: string;
  readonly to: string;
  readonly region: string | null;
  readonly sphere: string | null;
  /** A district by its KATO code; only one of the region in focus, when one is. */
  readonly district: string | null;
  /** A calendar day: the overview shows what was known at the end of it (Almaty time). */
  readonly asOf: string | null;
  readonly map: MapMeasure;
}

export const MAP_MEASURES = [
  'causesRemoved',
  'removalRate',
  'medianDaysToRemoval',
  'recurrenceRate',
] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string | null): value is string =>
  value !== null && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

export { almatyToday } from '@/lib/dates/almaty-today.ts';

const shiftMonths = (day: string, months: number): string => {
  const [y, m] = day.split('-').map(Number);
  const d = new Date(Date.UTC(y!, m! - 1 + months, 1));
  return d.toISOString().slice(0, 10);
};

/** The day after the same day a year earlier: with `today`, exactly twelve months of days. */
const yearBeforeNext = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number);
  // 29 February a year earlier is 28 February; the period starts the day after.
  const sameDay = Math.min(d!, new Date(Date.UTC(y! - 1, m!, 0)).getUTCDate());
  return new Date(Date.UTC(y! - 1, m! - 1, sameDay + 1)).toISOString().slice(0, 10);
};

const endOfMonth = (day: string): string => {
  const [y, m] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m!, 0)).toISOString().slice(0, 10);
};

export const PRESETS = ['last12', 'year', 'quarter', 'prevQuarter'] as const;
export type Preset = (typeof PRESETS)[number];

export const presetPeriod = (preset: Preset, today: string): { from: string; to: string } => {
  const [y, m] = today.split('-').map(Number);
  const quarterStart = `${y}-${String(Math.floor((m! - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  switch (preset) {
    case 'last12':
      return { from: yearBeforeNext(today), to: today };
    case 'year':
      return { from: `${y}-01-01`, to: today };
    case 'quarter':
      return { from: quarterStart, to: today };
    case 'prevQuarter': {
      const from = shiftMonths(quarterStart, -3);
      return { from, to: endOfMonth(shiftMonths(quarterStart, -1)) };
    }
    default: {
      const unknown: never = preset;
      return unknown;
    }
  }
};

/**
 * The period as far as it can be known: nothing after `lastDay` (today, or the "as known on" day)
 * was recorded yet, so a period running past it ends there. Otherwise the comparison with the
 * previous period would set a half-known period against a whole one.
 */
export const periodKnownOn = (
  from: string | null,
  to: string | null,
  lastDay: string,
): { from: string; to: string } => {
  if (!isDay(from) || !isDay(to) || from > to || from > lastDay) return presetPeriod('last12', lastDay);
  return { from, to: to > lastDay ? lastDay : to };
};

const KATO = /^\d{9}$/;

/** A district code of nine digits, lying in the region in focus (its KATO prefix) when one is. */
export const isDistrictOf = (district: string | null, region: string | null): district is string =>
  district !== null && KATO.test(district) && (region === null || district.startsWith(region.slice(3)));

/** Reads the URL leniently: anything unknown or malformed falls back to the default, never to an error. */
export const parseFilters = (params: URLSearchParams, today: string): OverviewFilters => {
  const asked = params.get('asOf');
  const asOf = isDay(asked) && asked <= today ? asked : null;
  const { from, to } = periodKnownOn(params.get('from'), params.get('to'), asOf ?? today);
  const region = params.get('region');
  const sphere = params.get('sphere');
  const knownRegion = region && region in REGION_LABELS ? region : null;
  const district = params.get('district');
  const map = params.get('map');
  return {
    from,
    to,
    region: knownRegion,
    sphere: sphere && sphere in SPHERE_LABELS ? sphere : null,
    district: isDistrictOf(district, knownRegion) ? district : null,
    asOf,
    map: MAP_MEASURES.includes(map as MapMeasure) ? (map as MapMeasure) : 'causesRemoved',
  };
};

export const writeFilters = (filters: Partial<OverviewFilters>, params: URLSearchParams): URLSearchParams => {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(filters)) {
    if (value === null || value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  return next;
};

/** The instant `asOf` stands for: the end of that calendar day in Almaty (UTC+5). */
export const asOfInstant = (asOf: string | null): string | null =>
  asOf ? new Date(Date.parse(`${asOf}T23:59:59.999+05:00`)).toISOString() : null;
