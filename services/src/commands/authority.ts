import { COUNTRY_COMMAND_ROLES, hasRole, REFUSED } from '../identity/policy.ts';
import type { Submitter } from '../identity/viewer.ts';
import { isCountryCommand } from './command.ts';
import { officerUnitOf } from './prepare.ts';
import type { Refusal } from './refusal.ts';

export type Authority =
  | { readonly ok: true; readonly unit: string | null }
  | { readonly ok: false; readonly refusal: Refusal };

/**
 * Whether a submitter may submit these commands, and the region they act for: an officer submits
 * events for their own region; the chair sets targets and writes commentary, the chair and
 * analysts comment on figures, for the country. A batch is one or the other.
 */
export const authorityFor = (
  submitter: Submitter | null,
  commands: readonly { readonly type?: unknown }[],
): Authority => {
  if (!commands.some((c) => isCountryCommand(c?.type))) {
    const unit = officerUnitOf(submitter);
    return typeof unit === 'string' ? { ok: true, unit } : { ok: false, refusal: unit };
  }
  if (submitter === null)
    return { ok: false, refusal: { kind: 'Forbidden', message: REFUSED.signInToSubmit } };
  for (const { type } of commands) {
    const rule = isCountryCommand(type) ? COUNTRY_COMMAND_ROLES[type] : undefined;
    if (rule !== undefined && !hasRole(submitter, rule.roles)) {
      return { ok: false, refusal: { kind: 'Forbidden', message: rule.refused } };
    }
  }
  if (!commands.every((c) => isCountryCommand(c?.type))) {
    return {
      ok: false,
      refusal: { kind: 'Forbidden', message: REFUSED.targetsApart },
    };
  }
  return { ok: true, unit: null };
};
