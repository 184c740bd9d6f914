import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.ts';
import './types/scalars.ts';
import './types/meta.ts';
import './types/charts/index.ts';
import './types/accounts/index.ts';
import './types/import/index.ts';
import './types/runtime/index.ts';
import './types/mutations/index.ts';
import './types/kpi/index.ts';
import './types/targets/index.ts';
import './types/outcomes/index.ts';
import './types/annotations/index.ts';
import './types/alerts/index.ts';
import './types/catalogue/central-bodies.ts';

export const schema = builder.toSchema();

/** The SDL as checked in at `schema/schema.graphql`; a test fails when it drifts. */
export const printedSchema = (): string => `${printSchema(lexicographicSortSchema(schema))}\n`;
