import type { StreamEvent } from '@kpi/projections';
import { centralBodyStreams, type EventData, seededCentralBody } from '@kpi/schema';
import { refuse } from './refusal.ts';
import type { DecidedEvent, StreamDecider } from './stream-decider.ts';

/**
 * An administrator's changes to the catalogue of central state bodies, each decided against the
 * body's own stream `central-body-<code>`. The seeded catalogue (schema) holds the bodies a new
 * installation starts with, so a seeded code "exists" before its stream holds anything: adding it
 * again is refused, and renaming it is allowed.
 */
export type CentralBodyCommand =
  | { readonly type: 'AddCentralBody'; readonly data: EventData<'CentralBodyAdded'> }
  | {
      readonly type: 'RenameCentralBody';
      readonly data: EventData<'CentralBodyRenamed'>;
      readonly expectedRevision?: number;
    };

/** What the body's own stream tells: its names as last recorded, and its version. */
export type CentralBodyStreamState = {
  readonly revision: number;
  readonly names: string;
} | null;

const namesOf = (data: unknown): string => {
  const { nameRu, nameKk, nameEn } = data as Record<string, unknown>;
  return JSON.stringify([nameRu, nameKk, nameEn]);
};

export const evolveCentralBodyStream = (
  _state: CentralBodyStreamState,
  event: StreamEvent,
): CentralBodyStreamState =>
  event.type === 'CentralBodyAdded' || event.type === 'CentralBodyRenamed'
    ? { revision: event.revision, names: namesOf(event.data) }
    : _state;

export const decideCentralBody = (
  command: CentralBodyCommand,
  state: CentralBodyStreamState,
): DecidedEvent[] => {
  const { code } = command.data;
  const seeded = seededCentralBody(code);
  if (command.type === 'AddCentralBody') {
    if (state !== null || seeded) {
      refuse({
        kind: 'ValidationFailed',
        issues: [
          { path: 'code', code: 'taken', message: `central body ${code} is in the catalogue already` },
        ],
      });
    }
    return [{ type: 'CentralBodyAdded', data: command.data }];
  }
  if (state === null && !seeded) {
    return refuse({ kind: 'NotFound', id: code, message: `central body ${code} is not in the catalogue` });
  }
  const revision = state?.revision ?? -1;
  if (command.expectedRevision !== undefined && command.expectedRevision !== revision) {
    refuse({
      kind: 'Conflict',
      message: 'someone renamed this central body meanwhile; reopen the catalogue to see its names',
      streamId: centralBodyStreams.body(code),
    });
  }
  const current = state?.names ?? JSON.stringify([seeded!.name.ru, seeded!.name.kk, seeded!.name.en]);
  // The same names again records nothing: a double click leaves one line in the history.
  return namesOf(command.data) === current ? [] : [{ type: 'CentralBodyRenamed', data: command.data }];
};

export const centralBodyDecider: StreamDecider<CentralBodyCommand, CentralBodyStreamState> = {
  initialState: () => null,
  evolve: evolveCentralBodyStream,
  decide: decideCentralBody,
};
