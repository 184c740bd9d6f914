import {
  type CentralBodiesState,
  type CentralBodyRecord,
  centralBodyByCode,
  type LiveReadModel,
  listCentralBodies,
} from '@kpi/projections';
import { almatyDate, centralBodyStreams, type EventData } from '@kpi/schema';
import { type CentralBodyCommand, centralBodyDecider } from '../commands/central-body-decider.ts';
import type { CommandServices } from '../commands/command-services.ts';
import { handleCommand } from '../commands/handle.ts';
import type { Refusal } from '../commands/refusal.ts';
import { streamCommand } from '../commands/stream-decider.ts';
import { CATALOGUE_KEEPERS, hasRole, REFUSED } from '../identity/policy.ts';
import type { Viewer } from '../identity/viewer.ts';
import type { EventStore } from '../store/port.ts';

export interface CentralBodyNamesInput {
  readonly submissionId: string;
  readonly code: string;
  readonly nameRu: string;
  readonly nameKk: string;
  readonly nameEn: string;
}
export interface AddCentralBodyInput extends CentralBodyNamesInput {
  readonly kind: string;
}
export interface RenameCentralBodyInput extends CentralBodyNamesInput {
  readonly expectedRevision?: number | null;
}

/** A change to the catalogue: the body as the catalogue then holds it, or why nothing was recorded. */
export type CatalogueOutcome =
  | { readonly ok: true; readonly body: CentralBodyRecord }
  | ({ readonly ok: false } & Refusal);

interface Deps {
  readonly store: EventStore;
  readonly clock: () => Date;
  readonly metrics?: CommandServices['metrics'];
  /** The runtime's central-bodies read model (`runtime.live('centralBodies')`), started. */
  readonly bodies: LiveReadModel<CentralBodiesState>;
}

const forbidden: CatalogueOutcome = {
  ok: false,
  kind: 'Forbidden',
  message: REFUSED.onlyAdministratorsKeepCatalogue,
};

/**
 * The catalogue of central state bodies: the seeded list, plus what administrators added and
 * renamed. A change is decided against the body's own stream through the one command path; the
 * answer waits for the read model to reach it, so the next list shows it.
 */
export class CentralBodiesCatalogue {
  readonly #deps: Deps;

  constructor(deps: Deps) {
    this.#deps = deps;
  }

  list(): CentralBodyRecord[] {
    return listCentralBodies(this.#deps.bodies.current().state);
  }

  get(code: string): CentralBodyRecord | undefined {
    return centralBodyByCode(this.#deps.bodies.current().state, code);
  }

  async add(viewer: Viewer, input: AddCentralBodyInput, correlationId: string): Promise<CatalogueOutcome> {
    if (!hasRole(viewer, CATALOGUE_KEEPERS)) return forbidden;
    const data = {
      code: input.code.trim().toUpperCase(),
      kind: input.kind,
      nameRu: input.nameRu,
      nameKk: input.nameKk,
      nameEn: input.nameEn,
      occurredOn: this.#today(),
    } as EventData<'CentralBodyAdded'>;
    return this.#submit(viewer, { type: 'AddCentralBody', data }, input.submissionId, correlationId);
  }

  async rename(
    viewer: Viewer,
    input: RenameCentralBodyInput,
    correlationId: string,
  ): Promise<CatalogueOutcome> {
    if (!hasRole(viewer, CATALOGUE_KEEPERS)) return forbidden;
    const data = {
      code: input.code.trim().toUpperCase(),
      nameRu: input.nameRu,
      nameKk: input.nameKk,
      nameEn: input.nameEn,
      occurredOn: this.#today(),
    } as EventData<'CentralBodyRenamed'>;
    const command: CentralBodyCommand = {
      type: 'RenameCentralBody',
      data,
      expectedRevision: input.expectedRevision ?? undefined,
    };
    return this.#submit(viewer, command, input.submissionId, correlationId);
  }

  #today(): string {
    return almatyDate(this.#deps.clock());
  }

  async #submit(
    viewer: Viewer,
    command: CentralBodyCommand,
    submissionId: string,
    correlationId: string,
  ): Promise<CatalogueOutcome> {
    const code = command.data.code;
    const result = await handleCommand(
      this.#deps,
      viewer,
      streamCommand(centralBodyDecider, centralBodyStreams.body(code), command),
      { submissionId, correlationId, channel: 'api' },
    );
    if (result.kind === 'SubmissionReused') {
      return {
        ok: false,
        kind: 'Conflict',
        message: 'this submission id was used for another change; submit the form again',
        streamId: centralBodyStreams.body(code),
      };
    }
    if (result.kind !== 'Succeeded') return { ok: false, ...result };
    await this.#deps.bodies.waitFor(result.position);
    return { ok: true, body: this.get(code)! };
  }
}

/** What the catalogue needs of the running app: the store, the time, and the runtime's read model. */
export interface CatalogueServices {
  readonly store: EventStore;
  readonly clock: () => Date;
  readonly projections?: {
    readonly runtime: { live(key: 'centralBodies'): LiveReadModel<CentralBodiesState> };
  };
}

const instances = new WeakMap<object, CentralBodiesCatalogue>();

/** The catalogue of a running app: one per projection runtime, made on first use. */
export const centralBodiesFor = (services: CatalogueServices): CentralBodiesCatalogue => {
  const projections = services.projections;
  if (!projections) throw new Error('the central bodies are read from the projection runtime, and none runs');
  let catalogue = instances.get(projections);
  if (!catalogue) {
    catalogue = new CentralBodiesCatalogue({
      store: services.store,
      clock: services.clock,
      bodies: projections.runtime.live('centralBodies'),
    });
    instances.set(projections, catalogue);
  }
  return catalogue;
};

/** Whether the catalogue (seeded, and as administrators extended it) holds a body with this code. */
export const centralBodyKnownIn =
  (bodies: LiveReadModel<CentralBodiesState>) =>
  (code: string): boolean =>
    centralBodyByCode(bodies.current().state, code) !== undefined;
