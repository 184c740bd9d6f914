import type { graphql } from './graphql.ts';

/** The API's region enum: GraphQL names cannot hold a hyphen, so KZ-71 travels as KZ_71. */
export type RegionEnum = ReturnType<typeof graphql.scalar<'RegionCode'>>;
export type SphereEnum = ReturnType<typeof graphql.scalar<'Sphere'>>;

export const regionEnum = (code: string): RegionEnum => code.replace('-', '_') as RegionEnum;
export const regionFromEnum = (value: string): string => value.replace('_', '-');
export const sphereEnum = (code: string): SphereEnum => code as SphereEnum;

/** The API's registry of field-issue codes (`FieldIssueCode`): the dashboard words every one. */
export type IssueCode = ReturnType<typeof graphql.scalar<'FieldIssueCode'>>;
