import { streams } from '@kpi/schema';
import { describe, expect, it } from 'vitest';
import type { Command } from '../commands/command.ts';
import { decideMany } from '../commands/decide-many.ts';
import { handleCommand } from '../commands/handle.ts';
import { form, risk } from '../commands/test-commands.ts';
import { officer, useServices } from '../commands/test-services.ts';
import { appendInChunks, chunksOf } from './append-in-chunks.ts';

const aktobe = officer('KZ-15');
const options = { correlationId: 'import-1', channel: 'import' as const };
const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    submissionId: `row-${i}`,
    command: risk({ description: `Заявления принимаются на бумаге, строка ${i}` }) as Command,
  }));

describe('an import written in chunks', () => {
  const services = useServices();

  it('cuts the events where a chunk would pass the limit, keeping their order', async () => {
    const decision = await decideMany(services(), aktobe, rows(10), options);
    const events = decision.writes[0]!.events;
    const chunks = chunksOf(events, 2_000);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.flat()).toEqual(events);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThan(0);
  });

  it('appends each chunk with the revision the one before left, all on the unit stream', async () => {
    const decision = await decideMany(services(), aktobe, rows(10), options);
    const written = await appendInChunks(services().store, decision.writes[0]!, 2_000);
    expect(written).toEqual({ events: 10, conflict: null });
    const unit = await services().store.readStream(streams.unit('KZ-15'));
    expect(unit.map((e) => e.metadata.submissionId)).toEqual(rows(10).map((r) => r.submissionId));
  });

  it('stops at a conflict, keeping the chunks before; the same rows again write only the rest', async () => {
    const decision = await decideMany(services(), aktobe, rows(10), options);
    const store = services().store;
    let appends = 0;
    // Another officer's submission lands after the first chunk.
    const interrupted = {
      ...store,
      append: async (...args: Parameters<typeof store.append>) => {
        const result = await store.append(...args);
        if (++appends === 1) await handleCommand(services(), aktobe, risk(), form('meanwhile'));
        return result;
      },
    };
    const written = await appendInChunks(interrupted, decision.writes[0]!, 2_000);
    expect(written.conflict).toBe(streams.unit('KZ-15'));
    expect(written.events).toBeGreaterThan(0);
    expect(written.events).toBeLessThan(10);

    const again = await decideMany(services(), aktobe, rows(10), options);
    const stored = again.outcomes.filter((o) => o.kind === 'Succeeded' && o.replayed).length;
    expect(stored).toBe(written.events);
    expect(await appendInChunks(store, again.writes[0]!, 2_000)).toEqual({
      events: 10 - written.events,
      conflict: null,
    });
    const unit = await store.readStream(streams.unit('KZ-15'));
    expect(unit).toHaveLength(11);
    expect(new Set(unit.map((e) => e.id)).size).toBe(11);
  });
});
