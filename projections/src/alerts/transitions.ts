import type { ConditionState } from './conditions.ts';

/** What the log says of a rule's firings: the last sequence and whether that firing is still open. */
export interface FiringState {
  readonly sequence: number;
  readonly firing: boolean;
  /** The log position the last firing or clearing was judged at. */
  readonly judgedAtPosition: number;
}

export const NEVER_FIRED: FiringState = { sequence: 0, firing: false, judgedAtPosition: 0 };

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
  judgedAtPosition: number,
): Transition[] =>
  conditions.flatMap((condition): Transition[] => {
    const state = firings(condition.ruleId);
    if (judgedAtPosition < state.judgedAtPosition) return [];
    if (condition.holds && !state.firing)
      return [{ type: 'AlertFired', condition, sequence: state.sequence + 1 }];
    if (!condition.holds && state.firing)
      return [{ type: 'AlertCleared', condition, sequence: state.sequence }];
    return [];
  });
