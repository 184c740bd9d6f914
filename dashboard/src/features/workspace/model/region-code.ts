/** The API's RegionCode enum spells `KZ-15` as `KZ_15` (GraphQL names allow no dash). */
export const regionEnum = <T extends string>(code: string): T => code.replace('-', '_') as T;

/** Today's calendar day in Asia/Almaty (UTC+5, no daylight saving). */
export const almatyToday = (now = new Date()): string =>
  new Date(now.getTime() + 5 * 3_600_000).toISOString().slice(0, 10);
