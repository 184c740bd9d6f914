import { type CentralBody, type CentralBodyKind, type EventData, SEEDED_CENTRAL_BODIES } from '@kpi/schema';
import type { Projection, StreamEvent } from '../projection.ts';

/** A body of the catalogue as it stands, and where it came from. */
export interface CentralBodyRecord extends CentralBody {
  /** True for a body of the catalogue a new installation starts with; false for one an administrator added. */
  readonly seeded: boolean;
  /** The version of the body's own stream (-1 while it holds no event: a seeded body never changed). */
  readonly revision: number;
}

export interface CentralBodiesState {
  readonly byCode: Map<string, CentralBodyRecord>;
}

export const CENTRAL_BODY_EVENT_TYPES = ['CentralBodyAdded', 'CentralBodyRenamed'] as const;

/** The seeded catalogue: a body the administrator never touched reads as the schema lists it. */
export const initialCentralBodiesState = (): CentralBodiesState => ({
  byCode: new Map(SEEDED_CENTRAL_BODIES.map((b) => [b.code, { ...b, seeded: true, revision: -1 }])),
});

/** Folds an administrator's change over the catalogue, in place (the read model is a cache of the log). */
export const evolveCentralBodies = (state: CentralBodiesState, event: StreamEvent): CentralBodiesState => {
  if (event.type === 'CentralBodyAdded') {
    const d = event.data as EventData<'CentralBodyAdded'>;
    state.byCode.set(d.code, {
      code: d.code,
      kind: d.kind as CentralBodyKind,
      name: { ru: d.nameRu, kk: d.nameKk, en: d.nameEn },
      seeded: false,
      revision: event.revision,
    });
  } else if (event.type === 'CentralBodyRenamed') {
    const d = event.data as EventData<'CentralBodyRenamed'>;
    const body = state.byCode.get(d.code);
    // The decider renames only a body it knows; an unknown code would be a log written by hand.
    if (body) {
      state.byCode.set(d.code, {
        ...body,
        name: { ru: d.nameRu, kk: d.nameKk, en: d.nameEn },
        revision: event.revision,
      });
    }
  }
  return state;
};

export const centralBodiesProjection: Projection<CentralBodiesState, StreamEvent> = {
  name: 'central-bodies',
  canHandle: CENTRAL_BODY_EVENT_TYPES,
  initialState: initialCentralBodiesState,
  evolve: evolveCentralBodies,
};

/** Ministries first, then agencies; by code within each. */
export const listCentralBodies = (state: CentralBodiesState): CentralBodyRecord[] =>
  [...state.byCode.values()].sort((a, b) =>
    a.kind === b.kind ? a.code.localeCompare(b.code) : a.kind === 'MINISTRY' ? -1 : 1,
  );

export const centralBodyByCode = (state: CentralBodiesState, code: string): CentralBodyRecord | undefined =>
  state.byCode.get(code);
