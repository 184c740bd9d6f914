import { isKpiName } from '@kpi/projections';
import {
  CAUSE_CATEGORIES,
  type CauseCategory,
  type MailLanguage,
  REGIONS,
  seededCentralBody,
} from '@kpi/schema';
import { KPI_NAMES_BY_LANGUAGE } from '../notify/kpi-names.ts';
import { COUNTRY_NAME, TARGET_STATUS_NAMES } from '../notify/shared-words.ts';
import type { AlertRuleView, FiringView } from './alert-log-state.ts';
import { ALERT_MAIL_WORDS, type AlertMailWords } from './alert-mail-words.ts';

/**
 * The unit's name in the mail's language (the country, a region, or a seeded central body); its
 * code where none is known here (a body an administrator added names itself by its code).
 */
const unitName = (unit: string, lang: MailLanguage): string =>
  unit === 'KZ'
    ? COUNTRY_NAME[lang]
    : (REGIONS.find((r) => r.code === unit)?.name[lang] ?? seededCentralBody(unit)?.name[lang] ?? unit);

const figure = (value: number | null, w: AlertMailWords): string =>
  value === null ? w.none : Number.isInteger(value) ? String(value) : value.toFixed(3);

/** Absolute drill-down link: the firing keeps the app path, the deployment knows its address. */
export const absoluteLink = (publicUrl: string, firing: FiringView): string =>
  new URL(firing.link, publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`).toString();

const kpiName = (kpi: string, lang: MailLanguage): string =>
  isKpiName(kpi) ? KPI_NAMES_BY_LANGUAGE[lang][kpi] : kpi;

const statusName = (status: string | null, lang: MailLanguage): string => {
  const statuses = TARGET_STATUS_NAMES[lang];
  return status === null ? statuses.none : (statuses[status as keyof typeof statuses] ?? status);
};

const causeName = (cause: string, lang: MailLanguage): string =>
  CAUSE_CATEGORIES[cause as CauseCategory]?.[lang] ?? cause;

/** What the rule watches and the figures it was judged on, by the condition's kind. */
const conditionLines = (rule: AlertRuleView, firing: FiringView, lang: MailLanguage): string[] => {
  const w = ALERT_MAIL_WORDS[lang];
  const { condition } = rule;
  const { numbers } = firing;
  const n = (value: number | null) => figure(value, w);
  if (condition.kind === 'REGION_SILENT') {
    const since = numbers.judgedFrom ? w.lastRecord(numbers.judgedFrom) : w.noRecordEver;
    return [w.silentDays(n(numbers.actual), since, n(numbers.value))];
  }
  if (condition.kind === 'RECURRENCE_APPEARED') {
    const r = numbers.recurrence;
    if (!r) return [w.recurrencesOpen(n(numbers.actual))];
    return [
      w.recurrence(r.riskId, r.organization, r.process, causeName(r.causeCategory, lang), r.identifiedOn),
      w.removedBefore(r.removedOn, r.removedRiskId),
      w.announced(n(numbers.actual), n(numbers.value)),
    ];
  }
  if (condition.kind === 'KPI_THRESHOLD') {
    return [w.threshold(n(numbers.actual), condition.direction === 'ABOVE', n(numbers.value))];
  }
  return [
    w.targetStatus(
      statusName(numbers.status, lang),
      (condition.statuses ?? []).map((status) => statusName(status, lang)).join(', '),
    ),
    w.targetFigures(n(numbers.actual), n(numbers.heldTo), n(numbers.value)),
  ];
};

/** The e-mail telling of a firing or a clearing, with the numbers that made it, in the rule's language. */
export const alertMail = (rule: AlertRuleView, firing: FiringView, publicUrl: string) => {
  const lang = rule.recipients.lang ?? 'ru';
  const w = ALERT_MAIL_WORDS[lang];
  const { kpi, period, days } = rule.condition;
  const watched = kpi
    ? `${kpiName(kpi, lang)}, ${period}`
    : rule.condition.kind === 'RECURRENCE_APPEARED'
      ? w.recurrenceAppearing
      : w.silentFor(String(days));
  const { numbers } = firing;
  const fired = firing.kind === 'FIRED';
  const unit = unitName(firing.unit, lang);
  return {
    subject: `[KPI] ${fired ? w.fired : w.cleared}: ${rule.name} (${unit}, ${watched})`,
    text: [
      fired ? w.firedLead(rule.name) : w.clearedLead(rule.name),
      '',
      `${w.unit}: ${unit} (${firing.unit})`,
      kpi ? w.kpi(kpiName(kpi, lang), String(period)) : `${w.watched}: ${watched}`,
      ...conditionLines(rule, firing, lang),
      numbers.judgedFrom ? w.daysJudged(numbers.judgedFrom, String(numbers.judgedTo)) : w.noDaysJudged,
      w.recorded(firing.recordedAt),
      '',
      w.link(absoluteLink(publicUrl, firing)),
    ].join('\n'),
  };
};

/** The webhook's JSON body; `docs/alerts.md` documents it for receivers. */
export const alertPayload = (rule: AlertRuleView, firing: FiringView, publicUrl: string) => ({
  event: firing.kind === 'FIRED' ? 'alert.fired' : 'alert.cleared',
  firingId: firing.eventId,
  sequence: firing.sequence,
  rule: { id: rule.ruleId, name: rule.name, condition: rule.condition },
  unit: firing.unit,
  numbers: firing.numbers,
  link: absoluteLink(publicUrl, firing),
  recordedAt: firing.recordedAt,
});
