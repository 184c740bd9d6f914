import {
  CAUSE_CATEGORIES,
  CAUSE_CATEGORY_CODES,
  type Label,
  REGION_CODES,
  REGIONS,
  RISK_SOURCE_CODES,
  RISK_SOURCES,
  SPHERE_CODES,
  SPHERES,
  seededCentralBody,
} from '@kpi/schema';
import { NO_DISTRICT } from '../fold/districts.ts';
import { nameOfKey } from '../fold/names.ts';
import type { KpiState } from '../fold/state.ts';
import { NO_BODY } from '../fold/units.ts';
import type { Dimension } from './aggregate.ts';

/** A value of a dimension as answers show it: a stable key and labels in three languages. */
export interface DimensionValue {
  readonly dimension: string;
  /**
   * A vocabulary or region code; for an organization `<region>|<normalised name>`; for a district
   * its KATO code; "" for "not specified" (and for "no district").
   */
  readonly key: string;
  readonly label: Label;
  /** For an organization or a district, its region's code. */
  readonly region: string | null;
}

const NOT_SPECIFIED: Label = { ru: 'Не указано', kk: 'Көрсетілмеген', en: 'Not specified' };
export const NO_DISTRICT_LABEL: Label = {
  ru: 'Без района (уровень региона)',
  kk: 'Ауданы жоқ (өңір деңгейі)',
  en: 'No district (region level)',
};

/** A district by its code, named as its officers named it (no catalogue of districts is held). */
const districtValue = (state: KpiState, id: number): DimensionValue => {
  if (id === NO_DISTRICT) return { dimension: 'district', key: '', label: NO_DISTRICT_LABEL, region: null };
  const code = state.districts.codes[id]!;
  const name = state.districts.names[id];
  const shown = name ? `${name} (${code})` : code;
  const region = REGIONS.find((r) => r.kato === code.slice(0, 2))?.code ?? null;
  return { dimension: 'district', key: code, label: { ru: shown, kk: shown, en: shown }, region };
};

export const NO_BODY_LABEL: Label = {
  ru: 'Без центрального органа (работа регионов)',
  kk: 'Орталық органсыз (өңірлердің жұмысы)',
  en: "No central body (the regions' own work)",
};

/**
 * A central body by its code, named as the seeded catalogue names it. A body an administrator
 * added is named by its code here: the KPIs do not read the catalogue's events, and the API names
 * it from the catalogue's read model.
 */
const bodyValue = (state: KpiState, id: number): DimensionValue =>
  centralBodyValue(id === NO_BODY ? '' : state.bodies.codes[id]!);

/** A central body's value by its code ("" for the regions' own work), for whatever else is charted by body. */
export const centralBodyValue = (code: string): DimensionValue => {
  if (code === '') return { dimension: 'centralBody', key: '', label: NO_BODY_LABEL, region: null };
  const label = seededCentralBody(code)?.name ?? { ru: code, kk: code, en: code };
  return { dimension: 'centralBody', key: code, label, region: null };
};

export const dimensionValue = (state: KpiState, d: Dimension, id: number): DimensionValue => {
  const closed = (codes: readonly string[], labels: Readonly<Record<string, Label>>): DimensionValue => {
    const code = codes[id];
    return code === undefined
      ? { dimension: d, key: '', label: NOT_SPECIFIED, region: null }
      : { dimension: d, key: code, label: labels[code]!, region: null };
  };
  if (d === 'region') {
    const r = REGIONS[id]!;
    return { dimension: d, key: r.code, label: r.name, region: r.code };
  }
  if (d === 'district') return districtValue(state, id);
  if (d === 'centralBody') return bodyValue(state, id);
  if (d === 'sphere') return closed(SPHERE_CODES, SPHERES);
  if (d === 'causeCategory') return closed(CAUSE_CATEGORY_CODES, CAUSE_CATEGORIES);
  if (d === 'source') return closed(RISK_SOURCE_CODES, RISK_SOURCES);
  const key = state.organizations.keys[id]!;
  const region = REGION_CODES[Number(key.slice(0, key.indexOf('|')))]!;
  const name = state.organizations.labels[id]!;
  return {
    dimension: d,
    key: `${region}|${nameOfKey(key)}`,
    label: { ru: name, kk: name, en: name },
    region,
  };
};
