/**
 * Districts the KPIs have seen, by KATO code. Id 0 is "no district": a risk that names none counts
 * at region level only, and a district breakdown shows it in a bucket of its own. No catalogue of
 * districts is held, so a district's name is the last one an officer gave beside its code.
 */
export interface DistrictTable {
  count: number;
  codes: string[];
  /** The name last given with the code; null when none was ever given. */
  names: (string | null)[];
  byCode: Map<string, number>;
}

export const NO_DISTRICT = 0;

export const emptyDistricts = (): DistrictTable => ({
  count: 1,
  codes: [''],
  names: [null],
  byCode: new Map(),
});

/** The id of a district code (created when first seen), and the name given with it kept. */
export const districtId = (table: DistrictTable, code: string, name: string | undefined): number => {
  let id = table.byCode.get(code);
  if (id === undefined) {
    id = table.count++;
    table.byCode.set(code, id);
    table.codes.push(code);
    table.names.push(null);
  }
  if (name !== undefined) table.names[id] = name.trim();
  return id;
};

/** The region a district lies in, by the KATO prefix its code begins with. */
export const districtRegionPrefix = (code: string): string => code.slice(0, 2);
