import { createRequire } from 'node:module';
import {
  annotationsProjection,
  centralBodiesProjection,
  kpiEngine,
  outcomesProjection,
  savedChartsProjection,
  scheduledSendingProjection,
  targetsProjection,
  usersProjection,
} from '@kpi/projections';
import type { ReadModels, Registrations } from './projection-runtime.ts';
import { sourceFingerprint } from './source-fingerprint.ts';

// Snapshots are valid only for the fold code that wrote them: any change to projections/ rebuilds.
const projectionsVersion = sourceFingerprint(createRequire(import.meta.url).resolve('@kpi/projections'));
// The central bodies' fold starts from the catalogue schema/ seeds: a new seeded body rebuilds it too.
const catalogueVersion = `${projectionsVersion}.${sourceFingerprint(createRequire(import.meta.url).resolve('@kpi/schema'))}`;

/** Every projection the services run, by the key its read model is reached under. */
export const registeredProjections = {
  kpi: { projection: kpiEngine.projection, snapshot: { version: projectionsVersion } },
  targets: { projection: targetsProjection, snapshot: { version: projectionsVersion } },
  outcomes: { projection: outcomesProjection, snapshot: { version: projectionsVersion } },
  annotations: { projection: annotationsProjection, snapshot: { version: projectionsVersion } },
  users: { projection: usersProjection, snapshot: { version: projectionsVersion } },
  charts: { projection: savedChartsProjection, snapshot: { version: projectionsVersion } },
  scheduledSending: { projection: scheduledSendingProjection, snapshot: { version: projectionsVersion } },
  centralBodies: { projection: centralBodiesProjection, snapshot: { version: catalogueVersion } },
} satisfies Registrations;

export type AppReadModels = ReadModels<typeof registeredProjections>;
