import { annotationEvents, planAnnotations } from './demo-annotations.ts';
import { almatyDayOf } from './demo-calendar.ts';
import { outcomeEvents, planOutcomes } from './demo-outcomes.ts';
import { type Recurrence, tellStory } from './demo-story.ts';
import { planTargets, targetEvents } from './demo-targets.ts';
import type { PlannedCommand } from './planned-command.ts';
import { Prng } from './prng.ts';

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
 * late submissions and corrections; then, following those stories, each region's perception
 * surveys and citizen receptions, and the chair's targets for the current year and quarter
 * (these take their share of `size`, at most half of it). Every command is valid when submitted in `at` order: a
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

  const window = { first, today, nowMs };
  const extras = outcomeEvents(window) + targetEvents() + annotationEvents();
  const storyEvents = Math.max(options.size - extras, Math.ceil(options.size / 2));
  while (events < storyEvents) {
    const recurrence = pendingRecurrences.pop();
    tellStory(prng, `demo-${options.seed}-${story}`, recurrence, window, add, (next) => {
      if (next.day <= today) pendingRecurrences.push(next);
    });
    story += 1;
  }
  const stories = [...plan];
  for (const item of planOutcomes(prng, `demo-${options.seed}`, window, stories)) add(item);
  for (const item of planTargets(prng, `demo-${options.seed}`, window, stories)) add(item);
  for (const item of planAnnotations(`demo-${options.seed}`, window)) add(item);
  return plan.sort((a, b) => a.at - b.at);
};
