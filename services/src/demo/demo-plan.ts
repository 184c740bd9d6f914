import type { RegionCode } from '@kpi/schema';
import type { Command } from '../commands/command.ts';
import { almatyDayOf } from './demo-calendar.ts';
import { type Recurrence, tellStory } from './demo-story.ts';
import { Prng } from './prng.ts';

/** One submission of the demo: what an officer of `region` submits, and when it is recorded. */
export interface PlannedCommand {
  /** When the store records it (ms since the epoch): the clock the command path runs at. */
  readonly at: number;
  readonly region: RegionCode;
  readonly submissionId: string;
  readonly command: Command;
  /** Events the command path records for it (a transformation also marks each risk and recommendation). */
  readonly events: number;
}

export interface DemoPlanOptions {
  readonly seed: number;
  /** Events to generate, about: stories are added until the count reaches it. */
  readonly size: number;
  /** The end of the demo's history: nothing is recorded after it. */
  readonly now: Date;
  /** How far back the history reaches. */
  readonly days?: number;
}

/**
 * Plans deterministic demo history from a seed: stories of risks found in an organization's
 * process, recommendations (some moved, some rejected), transformations that remove the causes
 * (on time, late, or never, as the region performs), causes that come back, rights restored,
 * late submissions and corrections. Every command is valid when submitted in `at` order: a
 * command is recorded after everything it refers to.
 */
export const planDemoData = (options: DemoPlanOptions): PlannedCommand[] => {
  const prng = new Prng(options.seed);
  const nowMs = options.now.getTime();
  const today = almatyDayOf(nowMs);
  const first = today - (options.days ?? 900);
  const plan: PlannedCommand[] = [];
  let events = 0;
  let story = 0;
  const pendingRecurrences: Recurrence[] = [];

  const add = (item: PlannedCommand) => {
    if (item.at > nowMs) return false; // not submitted yet
    plan.push(item);
    events += item.events;
    return true;
  };

  while (events < options.size) {
    const recurrence = pendingRecurrences.pop();
    tellStory(prng, `demo-${options.seed}-${story}`, recurrence, { first, today, nowMs }, add, (next) => {
      if (next.day <= today) pendingRecurrences.push(next);
    });
    story += 1;
  }
  return plan.sort((a, b) => a.at - b.at);
};
