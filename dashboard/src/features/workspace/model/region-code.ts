/** The API's RegionCode enum spells `KZ-15` as `KZ_15` (GraphQL names allow no dash). */
export const regionEnum = <T extends string>(code: string): T => code.replace('-', '_') as T;

export { almatyToday } from '@/lib/dates/almaty-today.ts';
