import { almatyDate, type FieldIssue, type IssueCode, type IssueValues } from '@kpi/schema';
import { isOwnUnit, REFUSED } from '../identity/policy.ts';

/** Why a command was refused, in a form a user interface can show. Nothing is written. */
export type Refusal =
  | { readonly kind: 'ValidationFailed'; readonly issues: readonly FieldIssue[] }
  | { readonly kind: 'NotFound'; readonly message: string; readonly id: string }
  | { readonly kind: 'Forbidden'; readonly message: string }
  | { readonly kind: 'Conflict'; readonly message: string; readonly streamId: string };

export class CommandRefusedError extends Error {
  readonly refusal: Refusal;
  constructor(refusal: Refusal) {
    super(
      refusal.kind === 'ValidationFailed'
        ? refusal.issues.map((i) => `${i.path}: ${i.message}`).join('; ')
        : refusal.message,
    );
    this.name = 'CommandRefusedError';
    this.refusal = refusal;
  }
}

export const refuse = (refusal: Refusal): never => {
  throw new CommandRefusedError(refusal);
};

/**
 * A thing a command names is not in the submitter's unit: it does not exist, or it is another
 * unit's, which the decision (against the submitter's own unit) cannot tell apart.
 */
export const notFound = (what: string, id: string, unit?: string): never =>
  refuse({
    kind: 'NotFound',
    message:
      unit === undefined
        ? `${what} ${id} does not exist`
        : `${what} ${id} is not among the records of ${unit}`,
    id,
  });

/** Refuses a command that touches another unit (region or central body) than the submitter's (the policy's rule). */
export const requireOwnUnit = (what: string, unit: string, submitterUnit: string): void => {
  if (!isOwnUnit(unit, submitterUnit)) {
    refuse({ kind: 'Forbidden', message: REFUSED.otherUnit(what, unit, submitterUnit) });
  }
};

/**
 * Collects every broken rule of one command, so that a form shows them all at once; thrown
 * together as one ValidationFailed at the end of the decision.
 */
export class RuleIssues {
  readonly #issues: FieldIssue[] = [];

  /** `values`: the date or record the rule compared with, for a user interface's own words. */
  add(path: string, code: IssueCode, message: string, values?: IssueValues): void {
    this.#issues.push({ path, code, message, ...(values ? { values } : {}) });
  }

  /** A business date is a calendar day in Asia/Almaty and is never later than today there. */
  notInFuture(path: string, date: string, now: Date): void {
    const today = almatyDate(now);
    if (date > today)
      this.add(path, 'in_future', `must not be in the future (today is ${today} in Almaty)`, { date: today });
  }

  /** A business date is never before the date of the thing it refers to. */
  notBefore(path: string, date: string, earliest: string, what: string): void {
    if (date < earliest) {
      this.add(path, 'before_referenced', `must not be before ${what} (${earliest})`, { date: earliest });
    }
  }

  throwIfAny(): void {
    if (this.#issues.length > 0) refuse({ kind: 'ValidationFailed', issues: [...this.#issues] });
  }
}
