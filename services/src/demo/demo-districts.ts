import { type RegionCode, regionByCode } from '@kpi/schema';
import { REGION_PROFILES } from './region-profiles.ts';

/** A plausible KATO code for a region's n-th district: region prefix, district, zeros. */
export const districtOf = (region: RegionCode, index: number) => {
  const names = REGION_PROFILES[region].districts;
  const genitive = names[index % names.length]!;
  const name = genitive.startsWith('района ')
    ? genitive.replace(/^района /, 'район ')
    : genitive.replace(/ского района$/, 'ский район');
  return {
    district: `${regionByCode(region).kato}${20 + 4 * (index % names.length)}00000`,
    districtName: name,
  };
};

/**
 * The district a demo risk sits in: the one its organization is named after ("Акимат Мугалжарского
 * района"), else none, and the risk counts at region level, as a city department's does.
 */
export const districtOfOrganization = (region: RegionCode, organization: string) => {
  const index = REGION_PROFILES[region].districts.findIndex((genitive) => organization.includes(genitive));
  return index < 0 ? null : districtOf(region, index);
};
