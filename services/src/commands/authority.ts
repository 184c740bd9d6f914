import type { RegionCode } from '@kpi/schema';
import { isTargetCommand } from './command.ts';
import { officerRegionOf, type Submitter } from './prepare.ts';
import type { Refusal } from './refusal.ts';

/** Who may set and withdraw targets: the chair governs by them; nobody else changes them. */
export const TARGET_SETTERS: readonly string[] = ['CHAIR'];

export type Authority =
  | { readonly ok: true; readonly region: RegionCode | null }
  | { readonly ok: false; readonly refusal: Refusal };

/**
 * Whether a submitter may submit these commands, and the region they act for: an officer submits
 * events for their own region, the chair sets targets for the country. A batch is one or the other.
 */
export const authorityFor = (
  submitter: Submitter | null,
  commands: readonly { readonly type?: unknown }[],
): Authority => {
  if (!commands.some((c) => isTargetCommand(c?.type))) {
    const region = officerRegionOf(submitter);
    return typeof region === 'string' ? { ok: true, region } : { ok: false, refusal: region };
  }
  if (submitter === null) return { ok: false, refusal: { kind: 'Forbidden', message: 'sign in to submit' } };
  if (!TARGET_SETTERS.includes(submitter.role)) {
    return {
      ok: false,
      refusal: { kind: 'Forbidden', message: 'only the chair sets and withdraws targets' },
    };
  }
  if (!commands.every((c) => isTargetCommand(c?.type))) {
    return {
      ok: false,
      refusal: { kind: 'Forbidden', message: 'targets are submitted apart from regional events' },
    };
  }
  return { ok: true, region: null };
};
