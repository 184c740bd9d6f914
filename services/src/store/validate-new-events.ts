import { EventMetadataSchema, type FieldIssue, toFieldIssues, validateEvent } from '@kpi/schema';
import { InvalidEventError, type NewEvent } from './port.ts';

/**
 * Every adapter checks a batch before it writes any of it, so a bad event refuses the whole
 * append and nothing is written. Issues are prefixed with the event's index in the batch.
 */
export const assertValidNewEvents = (streamId: string, events: readonly NewEvent[]): void => {
  const issues: FieldIssue[] = [];
  if (
    typeof streamId !== 'string' ||
    streamId.length === 0 ||
    streamId.length > 200 ||
    streamId.startsWith('$')
  ) {
    issues.push({
      path: 'streamId',
      code: 'invalid_stream',
      message: 'must be 1-200 characters and not start with $',
    });
  }
  events.forEach((event, index) => {
    const at = `events.${index}`;
    if (
      typeof event.id !== 'string' ||
      !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(event.id)
    ) {
      issues.push({ path: `${at}.id`, code: 'invalid_id', message: 'must be a UUID' });
    }
    const validation = validateEvent(event.type, event.data);
    if (!validation.ok) issues.push(...validation.issues.map((i) => ({ ...i, path: `${at}.${i.path}` })));
    const metadata = EventMetadataSchema.safeParse(event.metadata);
    if (!metadata.success) issues.push(...toFieldIssues(metadata.error, `${at}.metadata`));
  });
  if (issues.length > 0) throw new InvalidEventError(issues);
};
