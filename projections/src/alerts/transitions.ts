import { type JudgedAt, MAX_ANNOUNCED_PER_FIRING } from '@kpi/schema';
import { type ConditionState, recurrenceLink } from './conditions.ts';

/** What the log says of a rule's firings: the last sequence and whether that firing is still open. */
export interface FiringState {
  readonly sequence: number;
  readonly firing: boolean;
  /** The read models' positions the last firing or clearing was judged at. */
  readonly judgedAt: JudgedAt;
  /** RECURRENCE_APPEARED only: the recurrences announced since the rule last cleared. */
  readonly announced?: ReadonlySet<string>;
}

export const NEVER_FIRED: FiringState = { sequence: 0, firing: false, judgedAt: { kpi: 0, targets: 0 } };

/** What a firing or clearing records, as far as the rule's firing state is concerned. */
export interface RecordedTransition {
  readonly sequence: number;
  readonly judgedAt: JudgedAt;
  readonly announced?: readonly string[] | undefined;
}

/**
 * The recurrences a rule announced since it last cleared: a firing adds its own (at most 1,000),
 * a clearing forgets them all, so the set stays as small as the recurrences open at once.
 */
const announcedAfter = (
  fired: boolean,
  before: FiringState,
  announced: readonly string[] | undefined,
): { announced?: ReadonlySet<string> } => {
  if (!fired) return {};
  if (!announced?.length) return before.firing && before.announced ? { announced: before.announced } : {};
  const kept = new Set(before.firing ? before.announced : undefined);
  for (const id of announced) kept.add(id);
  return { announced: kept };
};

/** The rule's firing state after a recorded `AlertFired` (fired) or `AlertCleared`. */
export const firingStateAfter = (
  before: FiringState,
  fired: boolean,
  recorded: RecordedTransition,
): FiringState => ({
  sequence: recorded.sequence,
  firing: fired,
  judgedAt: recorded.judgedAt,
  ...announcedAfter(fired, before, recorded.announced),
});

/** Read models at `later` have seen at least what those at `earlier` had: each is at or past it. */
export const notBehind = (later: JudgedAt, earlier: JudgedAt): boolean =>
  later.kpi >= earlier.kpi && later.targets >= earlier.targets;

export interface Transition {
  readonly type: 'AlertFired' | 'AlertCleared';
  readonly condition: ConditionState;
  /** The firing this opens (AlertFired: the next one) or closes (AlertCleared: the open one). */
  readonly sequence: number;
  /** RECURRENCE_APPEARED firings: the recurrences this one announces (the log keeps them). */
  readonly announced?: readonly string[];
}

/**
 * A recurrence rule fires once for each recurrence when it is first seen open, not again while it
 * stays open, and clears once none is open. Several new at one judgement make one firing, named
 * by the first and counting the others; more than the log keeps per firing wait for the next.
 */
const recurrenceTransitions = (condition: ConditionState, state: FiringState): Transition[] => {
  const open = condition.recurrences ?? [];
  if (open.length === 0)
    return state.firing ? [{ type: 'AlertCleared', condition, sequence: state.sequence }] : [];
  const fresh = open
    .filter((recurrence) => !state.announced?.has(recurrence.riskId))
    .slice(0, MAX_ANNOUNCED_PER_FIRING);
  const [first] = fresh;
  if (!first) return [];
  return [
    {
      type: 'AlertFired',
      condition: {
        ...condition,
        numbers: { ...condition.numbers, actual: fresh.length, value: open.length, recurrence: first },
        link: recurrenceLink(first),
      },
      sequence: state.sequence + 1,
      announced: fresh.map((recurrence) => recurrence.riskId),
    },
  ];
};

/**
 * The events a judgement calls for: a firing when a condition starts to hold, a clearing when it
 * stops, nothing while it stays as it was (no repeat while it holds). A judgement made on read
 * models older than the last recorded one is no judgement: a replica that lags must not clear
 * what a replica ahead of it fired.
 */
export const transitionsOf = (
  conditions: readonly ConditionState[],
  firings: (ruleId: string) => FiringState,
  judgedAt: JudgedAt,
): Transition[] =>
  conditions.flatMap((condition): Transition[] => {
    const state = firings(condition.ruleId);
    if (!notBehind(judgedAt, state.judgedAt)) return [];
    if (condition.recurrences) return recurrenceTransitions(condition, state);
    if (condition.holds && !state.firing)
      return [{ type: 'AlertFired', condition, sequence: state.sequence + 1 }];
    if (!condition.holds && state.firing)
      return [{ type: 'AlertCleared', condition, sequence: state.sequence }];
    return [];
  });
