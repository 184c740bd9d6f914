import type { RegionCode } from '@kpi/schema';
import type { Command } from '../commands/command.ts';

/** One submission of the demo: what an officer of `region` (or the chair, for no region) submits, and when it is recorded. */
export interface PlannedCommand {
  /** When the store records it (ms since the epoch): the clock the command path runs at. */
  readonly at: number;
  /** The officer's region; null for the chair's targets. */
  readonly region: RegionCode | null;
  readonly submissionId: string;
  readonly command: Command;
  /** Events the command path records for it: one, on the unit's stream (or the target's). */
  readonly events: number;
}
