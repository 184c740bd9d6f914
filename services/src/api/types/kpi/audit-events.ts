import type { EventRef } from '@kpi/projections';
import type { EventStore, RecordedEvent } from '../../../store/port.ts';
import { builder } from '../../builder.ts';

/** A text field of the event's data, when it has one: what the submitter said the event was about. */
const dataText = (a: AuditEvent, key: string): string | null => {
  const value = (a.event.data as Record<string, unknown>)[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
};

/** A number field of the event's data, when it has one: people helped, tenge returned. */
const dataNumber = (a: AuditEvent, key: string): number | null => {
  const value = (a.event.data as Record<string, unknown>)[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

/** An event behind a number, read back from the log: what it was, who submitted it, when and how. */
export interface AuditEvent {
  readonly role: string;
  readonly event: RecordedEvent;
}

export const AuditEventRef = builder.objectRef<AuditEvent>('KpiAuditEvent').implement({
  description: 'One stored event behind a KPI value, with who submitted it and when: the audit trail.',
  fields: (t) => ({
    role: t.exposeString('role', {
      description:
        'What it does for the number: identified, reclassified, removed, issued, dueDateMoved, implemented, rejected, restored, recurred.',
    }),
    position: t.float({ resolve: (a) => a.event.position }),
    eventId: t.id({ resolve: (a) => a.event.id }),
    type: t.string({ resolve: (a) => a.event.type }),
    streamId: t.string({ resolve: (a) => a.event.streamId }),
    occurredOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The business date the submitter gave.',
      resolve: (a) => (a.event.data as { occurredOn?: string }).occurredOn ?? null,
    }),
    recordedAt: t.field({
      type: 'DateTime',
      description: 'When the store accepted it.',
      resolve: (a) => a.event.metadata.recordedAt,
    }),
    submittedBy: t.string({
      description: 'The submitting account id (stable, for audit); see submittedByName for people.',
      resolve: (a) => a.event.metadata.submittedBy,
    }),
    submittedByName: t.string({
      nullable: true,
      description: "The submitting account's display name now; null when the id names no account.",
      resolve: (a, _args, context) =>
        context.services.accounts?.users.byId(a.event.metadata.submittedBy)?.displayName ?? null,
    }),
    submissionId: t.string({ resolve: (a) => a.event.metadata.submissionId }),
    correlationId: t.string({ resolve: (a) => a.event.metadata.correlationId }),
    channel: t.string({
      description: 'form, import, api, seed or system.',
      resolve: (a) => a.event.metadata.channel,
    }),
    // What the event says, so that every number can be explained by the story behind it.
    organization: t.string({
      nullable: true,
      description: 'The organization the event names (risk, recommendation, transformation, case).',
      resolve: (a) => dataText(a, 'organization'),
    }),
    process: t.string({
      nullable: true,
      description: 'The process the event names (risk, transformation).',
      resolve: (a) => dataText(a, 'process'),
    }),
    causeCategory: t.string({
      nullable: true,
      description: 'The cause category code a risk was identified or reclassified with.',
      resolve: (a) => dataText(a, 'causeCategory'),
    }),
    kind: t.string({
      nullable: true,
      description: "A transformation's kind or a restored right's kind (a vocabulary code).",
      resolve: (a) => dataText(a, 'kind'),
    }),
    dueOn: t.field({
      type: 'Date',
      nullable: true,
      description: "A recommendation's due date, as issued or as moved to.",
      resolve: (a) => dataText(a, 'dueOn'),
    }),
    peopleCount: t.int({
      nullable: true,
      description: 'The people whose rights were restored (a case).',
      resolve: (a) => dataNumber(a, 'peopleCount'),
    }),
    amountKzt: t.float({
      nullable: true,
      description: 'The money returned with the rights, in tenge (a case), when any.',
      resolve: (a) => dataNumber(a, 'amountKzt'),
    }),
    text: t.string({
      nullable: true,
      description:
        "What the submitter wrote: a risk's, transformation's or case's description, a recommendation's text, a correction's reason.",
      resolve: (a) => dataText(a, 'description') ?? dataText(a, 'text') ?? dataText(a, 'reason'),
    }),
  }),
});

/** Reads the events at these log positions (the read model keeps positions, the log keeps the rest). */
export const readEvents = async (store: EventStore, refs: readonly EventRef[]): Promise<AuditEvent[]> => {
  const events = await Promise.all(
    refs.map((ref) => store.readAll({ after: ref.position - 1, maxCount: 1 })),
  );
  return refs.map((ref, k) => {
    const event = events[k]![0];
    if (!event || event.position !== ref.position) {
      throw new Error(`the log has no event at position ${ref.position}`);
    }
    return { role: ref.role, event };
  });
};
