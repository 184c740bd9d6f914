import { alertStreams, type EventData } from '@kpi/schema';
import { type AttemptCommand, attemptsDecider } from './attempts-decider.ts';

/**
 * The server's commands on one firing's delivery by one channel, on the stream
 * `alert-delivery-<firingEventId>.<channel>`: claim an attempt, then record how it ended.
 */
export type AlertDeliveryCommand = AttemptCommand<
  EventData<'AlertDeliveryAttempted'>,
  EventData<'AlertDeliverySucceeded'>,
  EventData<'AlertDeliveryFailed'>
>;

export const alertDeliveryDecider = attemptsDecider<
  EventData<'AlertDeliveryAttempted'>,
  EventData<'AlertDeliverySucceeded'>,
  EventData<'AlertDeliveryFailed'>
>({
  attempted: 'AlertDeliveryAttempted',
  succeeded: 'AlertDeliverySucceeded',
  failed: 'AlertDeliveryFailed',
  streamOf: (data) => alertStreams.delivery(data.firingEventId, data.channel),
  describe: (data) => `the ${data.channel.toLowerCase()} delivery of ${data.firingEventId}`,
});
