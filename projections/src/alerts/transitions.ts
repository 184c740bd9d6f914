import type { JudgedAt } from '@kpi/schema';
import type { ConditionState } from './conditions.ts';

/** What the log says of a rule's firings: the last sequence and whether that firing is still open. */
export interface FiringState {
  readonly sequence: number;
  readonly firing: boolean;
  /** The read models' positions the last firing or clearing was judged at. */
  readonly judgedAt: JudgedAt;
}

export const NEVER_FIRED: FiringState = { sequence: 0, firing: false, judgedAt: { kpi: 0, targets: 0 } };

/** Read models at `later` have seen at least what those at `earlier` had: each is at or past it. */
export const notBehind = (later: JudgedAt, earlier: JudgedAt): boolean =>
  later.kpi >= earlier.kpi && later.targets >= earlier.targets;

export interface Transition {
  readonly type: 'AlertFired' | 'AlertCleared';
  readonly condition: ConditionState;
  /** The firing this opens (AlertFired: the next one) or closes (AlertCleared: the open one). */
  readonly sequence: number;
}

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
    if (condition.holds && !state.firing)
      return [{ type: 'AlertFired', condition, sequence: state.sequence + 1 }];
    if (!condition.holds && state.firing)
      return [{ type: 'AlertCleared', condition, sequence: state.sequence }];
    return [];
  });
