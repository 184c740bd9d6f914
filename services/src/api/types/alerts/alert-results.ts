import type { FieldIssue } from '@kpi/schema';
import type { AlertRuleView } from '../../../alerts/alert-log-state.ts';
import type { AlertOutcome } from '../../../alerts/alert-refusal.ts';
import { builder } from '../../builder.ts';
import { fieldIssueFields } from '../results/field-issue-fields.ts';
import { AlertRuleRef } from './alert-rule.ts';

/**
 * What a change to a rule answers: the rule, or why it was refused in a form the rules form
 * shows beside the field (`issues[].path` names the input field, e.g. `recipients.emails.0`).
 */
type Refused<K extends string> = Extract<AlertOutcome<never>, { kind: K }>;
type Refusal = Exclude<AlertOutcome<never>, { ok: true }>;

const AlertFieldIssueRef = builder.objectRef<FieldIssue>('AlertFieldIssue').implement({
  fields: (t) => fieldIssueFields(t, 'The input field, dotted: `name`, `condition.kpi`.'),
});

const SucceededRef = builder.objectRef<{ rule: AlertRuleView }>('AlertRuleSucceeded').implement({
  fields: (t) => ({ rule: t.field({ type: AlertRuleRef, resolve: (r) => r.rule }) }),
});
const ValidationRef = builder.objectRef<Refused<'ValidationFailed'>>('AlertRuleValidationFailed').implement({
  fields: (t) => ({ issues: t.field({ type: [AlertFieldIssueRef], resolve: (r) => [...r.issues] }) }),
});
const NotFoundRef = builder.objectRef<Refused<'NotFound'>>('AlertRuleNotFound').implement({
  fields: (t) => ({ ruleId: t.exposeString('id'), message: t.exposeString('message') }),
});
const ForbiddenRef = builder.objectRef<Refused<'Forbidden'>>('AlertRuleForbidden').implement({
  fields: (t) => ({ message: t.exposeString('message') }),
});
const ConflictRef = builder.objectRef<Refused<'Conflict'>>('AlertRuleConflict').implement({
  fields: (t) => ({ message: t.exposeString('message'), currentRevision: t.exposeInt('currentRevision') }),
});

type AlertRuleResult = { rule: AlertRuleView } | Refusal;

const refusalRef = (r: Refusal) =>
  ({
    ValidationFailed: ValidationRef,
    NotFound: NotFoundRef,
    Forbidden: ForbiddenRef,
    Conflict: ConflictRef,
  })[r.kind];

export const AlertRuleResultRef = builder.unionType('AlertRuleResult', {
  types: [SucceededRef, ValidationRef, NotFoundRef, ForbiddenRef, ConflictRef],
  resolveType: (r: AlertRuleResult) => ('rule' in r ? SucceededRef : refusalRef(r)),
});

export const alertRuleResult = (outcome: AlertOutcome<AlertRuleView>): AlertRuleResult =>
  outcome.ok ? { rule: outcome.value } : outcome;
