import { streams } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import type { EventStore, ReadStreamOptions } from '../store/port.ts';
import { handleCommand } from './handle.ts';
import { form, risk } from './test-commands.ts';
import { officer, useServices } from './test-services.ts';
import { warmUnits } from './warm-units.ts';

/** The store, with every stream read it answers noted. */
const noting = (store: EventStore, reads: { streamId: string; from: number }[]): EventStore => ({
  ...store,
  append: (...args) => store.append(...args),
  readStream: (streamId: string, options?: ReadStreamOptions) => {
    reads.push({ streamId, from: options?.fromRevision ?? 0 });
    return store.readStream(streamId, options);
  },
});

describe('the units warmed after a start', () => {
  const services = useServices();

  it('reads each unit once; a submission then reads only what followed, and answers from the kept state', async () => {
    const aktobe = officer('KZ-15');
    for (const n of [1, 2, 3]) await handleCommand(services(), aktobe, risk(), form(`before-${n}`));
    // A process started afresh: its own (empty) kept state, on the same store.
    const reads: { streamId: string; from: number }[] = [];
    const restarted = noting(services().store, reads);
    expect(await warmUnits(restarted)).toBe(3);
    expect(reads.filter((r) => r.streamId === streams.unit('KZ-15'))).toEqual([
      { streamId: streams.unit('KZ-15'), from: 0 },
    ]);
    reads.length = 0;
    const result = await handleCommand({ ...services(), store: restarted }, aktobe, risk(), form('after'));
    expect(result).toMatchObject({ kind: 'Succeeded', replayed: false });
    expect(reads).toEqual([{ streamId: streams.unit('KZ-15'), from: 3 }]);
    // A resubmission of an old one reads back only its own event.
    reads.length = 0;
    expect(
      await handleCommand({ ...services(), store: restarted }, aktobe, risk(), form('before-2')),
    ).toMatchObject({ kind: 'Succeeded', replayed: true, revision: 0 });
    expect(reads).toEqual([
      { streamId: streams.unit('KZ-15'), from: 4 },
      { streamId: streams.unit('KZ-15'), from: 1 },
    ]);
  });
});
