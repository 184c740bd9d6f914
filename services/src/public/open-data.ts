import { KPIS, type PublicFigures } from '@kpi/projections';
import { csvField, REGIONS } from '@kpi/schema';
import { PUBLIC_KPIS, PUBLIC_ROUTES } from '../identity/policy.ts';
import { REPORT_LABELS } from '../reports/labels.ts';

const NAMES = new Map<string, { ru: string; kk: string; en: string }>([
  ['KZ', { ru: REPORT_LABELS.ru.country, kk: REPORT_LABELS.kk.country, en: REPORT_LABELS.en.country }],
  ...REGIONS.map((region) => [region.code as string, region.name] as const),
]);

export const unitName = (unit: string) => NAMES.get(unit) ?? { ru: unit, kk: unit, en: unit };

/** The published figures as the open data JSON that `figures.schema.json` describes. */
export const figuresJson = (figures: PublicFigures, licence: string) => ({
  licence,
  schema: PUBLIC_ROUTES.schema,
  asOf: figures.asOf,
  period: figures.period,
  from: figures.range.from,
  to: figures.range.to,
  units: figures.units.map((row) => ({
    unit: row.unit,
    level: row.unit === 'KZ' ? 'country' : 'region',
    name: unitName(row.unit),
    values: Object.fromEntries(figures.kpis.map((kpi, k) => [kpi, row.values[k] ?? null])),
  })),
});

/** The CSV's columns in order (docs/public.md describes each). */
export const CSV_COLUMNS = [
  'unit',
  'level',
  'name_ru',
  'name_kk',
  'name_en',
  'period',
  'from',
  'to',
  'as_of',
  ...PUBLIC_KPIS,
  'licence',
] as const;

/** One row per unit, the country first; UTF-8 with a byte order mark so spreadsheets read Cyrillic. */
export const figuresCsv = (figures: PublicFigures, licence: string): string => {
  const json = figuresJson(figures, licence);
  const lines = json.units.map((row) => {
    const cells: Record<string, string | number | null> = {
      unit: row.unit,
      level: row.level,
      name_ru: row.name.ru,
      name_kk: row.name.kk,
      name_en: row.name.en,
      period: json.period,
      from: json.from,
      to: json.to,
      as_of: json.asOf,
      ...row.values,
      licence,
    };
    return CSV_COLUMNS.map((column) => csvField(cells[column])).join(',');
  });
  return `\uFEFF${[CSV_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
};

const value = (description: string) => ({
  type: ['number', 'null'],
  description: `${description} Null where there is nothing to divide or rank (a rate or a median of no cases).`,
});

const name = { type: 'string', minLength: 1 };

/** The JSON Schema of `figures.json`: closed objects, so a field that is not listed here cannot appear. */
export const FIGURES_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: PUBLIC_ROUTES.schema,
  title: 'Published anti-corruption KPIs of Kazakhstan and its regions',
  type: 'object',
  additionalProperties: false,
  required: ['licence', 'schema', 'asOf', 'period', 'from', 'to', 'units'],
  properties: {
    licence: { type: 'string', description: 'The licence the figures are published under.' },
    schema: { type: 'string', description: 'The address of this schema.' },
    asOf: {
      type: 'string',
      format: 'date-time',
      description:
        'The figures are as known at this instant (UTC): the publication delay before the download.',
    },
    period: {
      type: 'string',
      description: 'The period asked: a year, a third (T), a quarter (Q) or a month.',
    },
    from: { type: 'string', format: 'date', description: 'First day counted.' },
    to: {
      type: 'string',
      format: 'date',
      description: 'Last day counted: the period’s end, or the day of asOf if earlier.',
    },
    units: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['unit', 'level', 'name', 'values'],
        properties: {
          unit: {
            type: 'string',
            pattern: '^KZ(-\\d{2})?$',
            description: 'KZ, or the region’s ISO 3166-2 code.',
          },
          level: { enum: ['country', 'region'] },
          name: {
            type: 'object',
            additionalProperties: false,
            required: ['ru', 'kk', 'en'],
            properties: { ru: name, kk: name, en: name },
          },
          values: {
            type: 'object',
            additionalProperties: false,
            required: [...PUBLIC_KPIS],
            properties: Object.fromEntries(PUBLIC_KPIS.map((kpi) => [kpi, value(KPIS[kpi].description)])),
          },
        },
      },
    },
  },
} as const;
