import type { OpenRisk } from './register.ts';

/**
 * A risk as one line of a picker. Organization and process alone repeat: one process can hold
 * several risks, so the line also says when the risk was found and ends with the start of its id,
 * which is what tells two risks found the same day apart.
 */
export const riskOptionLabel = (
  risk: Pick<OpenRisk, 'riskId' | 'organization' | 'process' | 'identifiedOn'>,
  words: { readonly identified: string; readonly date: (day: string) => string },
): string =>
  `${risk.organization} — ${risk.process} · ${words.identified} ${words.date(risk.identifiedOn)} · ${shortId(risk.riskId)}`;

/** The first block of an id: enough to tell the risks of one region apart at a glance. */
export const shortId = (id: string): string => `#${id.slice(0, 8)}`;
