import type { FieldIssue as Issue } from '@kpi/schema';
import type { SubmissionReused } from '../../../commands/command-result.ts';
import type { Refusal } from '../../../commands/refusal.ts';
import { builder } from '../../builder.ts';
import { fieldIssueFields } from './field-issue-fields.ts';

type RefusalOf<K extends Refusal['kind']> = Extract<Refusal, { kind: K }>;

/**
 * The typed answers of a refused submission, shared by every submission mutation. Nothing is
 * written when a submission is refused.
 */
export const FieldIssueRef = builder.objectRef<Issue>('FieldIssue').implement({
  description: 'One problem with one input field, to show beside that field.',
  fields: (t) => fieldIssueFields(t, 'The input field, dotted: `occurredOn`, `removesRiskIds.2`.'),
});

export const ValidationFailedRef = builder
  .objectRef<RefusalOf<'ValidationFailed'>>('ValidationFailed')
  .implement({
    description: 'The input or a rule of the methodology was broken; every problem is listed.',
    fields: (t) => ({ issues: t.field({ type: [FieldIssueRef], resolve: (r) => [...r.issues] }) }),
  });

export const ConflictRef = builder.objectRef<RefusalOf<'Conflict'>>('Conflict').implement({
  description: 'Someone changed the thing meanwhile: reload it and submit again.',
  fields: (t) => ({
    message: t.exposeString('message'),
    streamId: t.exposeString('streamId', { description: 'The stream that changed, e.g. `risk-<id>`.' }),
  }),
});

export const NotFoundRef = builder.objectRef<RefusalOf<'NotFound'>>('NotFound').implement({
  description: 'A risk or recommendation the submission names does not exist.',
  fields: (t) => ({ message: t.exposeString('message'), id: t.exposeID('id') }),
});

export const ForbiddenRef = builder.objectRef<RefusalOf<'Forbidden'>>('Forbidden').implement({
  description: 'Only a regional officer submits, and only for their own region.',
  fields: (t) => ({ message: t.exposeString('message') }),
});

export const SubmissionReusedRef = builder.objectRef<SubmissionReused>('SubmissionReused').implement({
  description: 'The submission id was already used for different content: choose a new one.',
  fields: (t) => ({ message: t.exposeString('message'), submissionId: t.exposeID('submissionId') }),
});

export const REFUSAL_REFS = {
  ValidationFailed: ValidationFailedRef,
  Conflict: ConflictRef,
  NotFound: NotFoundRef,
  Forbidden: ForbiddenRef,
  SubmissionReused: SubmissionReusedRef,
} as const;
