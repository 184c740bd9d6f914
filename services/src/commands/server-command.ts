import type { CommandServices } from './command-services.ts';
import { handleCommand } from './handle.ts';
import type { StreamCommand } from './stream-decider.ts';

/** A server command's event landed by this call (with its position), or not: another replica's did. */
export type ServerCommandOutcome =
  | { readonly landed: true; readonly position: number }
  | { readonly landed: false };

/**
 * Decides a command the server submits by itself (an alert's firing or delivery, a scheduled
 * report's attempt) through the one command path, keyed by `key`. Replicas deciding the same
 * thing race on the stream's revision: the loser hears a conflict, or finds the winner's event
 * with its own key (a resubmission), and either way does nothing. Any other refusal is a fault.
 */
export const decideAsServer = async <C extends { readonly type: string }, S>(
  services: CommandServices,
  userId: string,
  command: StreamCommand<C, S>,
  key: string,
): Promise<ServerCommandOutcome> => {
  const result = await handleCommand(services, { userId }, command, {
    submissionId: key,
    correlationId: key,
    channel: 'system',
  });
  if (result.kind === 'Succeeded') {
    return result.replayed || result.unchanged
      ? { landed: false }
      : { landed: true, position: result.position };
  }
  if (result.kind === 'Conflict' || result.kind === 'SubmissionReused') return { landed: false };
  throw new Error(`${command.streamId}: ${command.command.type} was refused: ${JSON.stringify(result)}`);
};
