import { REGIONS } from '@kpi/schema';
import type { AlertRuleView, FiringView } from './alert-log-state.ts';

/** The unit's English name (the country, or a region), for subjects and payloads. */
const unitName = (unit: string): string =>
  unit === 'KZ' ? 'Kazakhstan' : (REGIONS.find((r) => r.code === unit)?.name.en ?? unit);

const figure = (value: number | null): string =>
  value === null ? 'none' : Number.isInteger(value) ? String(value) : value.toFixed(3);

/** Absolute drill-down link: the firing keeps the app path, the deployment knows its address. */
export const absoluteLink = (publicUrl: string, firing: FiringView): string =>
  new URL(firing.link, publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`).toString();

/** What the rule watches and the figures it was judged on, by the condition's kind. */
const conditionLines = (rule: AlertRuleView, firing: FiringView): string[] => {
  const { condition } = rule;
  const { numbers } = firing;
  if (condition.kind === 'REGION_SILENT') {
    const since = numbers.judgedFrom ? `last record ${numbers.judgedFrom}` : 'no record ever';
    return [
      `Days without a record: ${figure(numbers.actual)} (${since}; alert after ${figure(numbers.value)})`,
    ];
  }
  if (condition.kind === 'RECURRENCE_APPEARED') {
    const r = numbers.recurrence;
    if (!r) return [`Recurrences open: ${figure(numbers.actual)}`];
    return [
      `Recurrence: risk ${r.riskId} of ${r.organization}, process "${r.process}" (${r.causeCategory}), identified ${r.identifiedOn}`,
      `The same scheme was removed on ${r.removedOn} (risk ${r.removedRiskId})`,
      `New recurrences announced now: ${figure(numbers.actual)}; open: ${figure(numbers.value)}`,
    ];
  }
  if (condition.kind === 'KPI_THRESHOLD') {
    const side = condition.direction === 'ABOVE' ? 'above' : 'below';
    return [`Actual: ${figure(numbers.actual)} (alert when ${side} ${figure(numbers.value)})`];
  }
  return [
    `Target status: ${numbers.status ?? 'none'} (alert on ${(condition.statuses ?? []).join(', ')})`,
    `Actual: ${figure(numbers.actual)}; held to: ${figure(numbers.heldTo)}; target: ${figure(numbers.value)}`,
  ];
};

/** The e-mail telling of a firing or a clearing, with the numbers that made it. */
export const alertMail = (rule: AlertRuleView, firing: FiringView, publicUrl: string) => {
  const { kpi, period, days } = rule.condition;
  const watched = kpi
    ? `${kpi}, ${period}`
    : rule.condition.kind === 'RECURRENCE_APPEARED'
      ? 'a recurrence appearing'
      : `nothing recorded for ${days} days`;
  const { numbers } = firing;
  const what = firing.kind === 'FIRED' ? 'Alert' : 'Cleared';
  return {
    subject: `[KPI] ${what}: ${rule.name} (${unitName(firing.unit)}, ${watched})`,
    text: [
      firing.kind === 'FIRED'
        ? `The alert "${rule.name}" fired: the condition holds.`
        : `The alert "${rule.name}" cleared: the condition no longer holds.`,
      '',
      `Unit: ${unitName(firing.unit)} (${firing.unit})`,
      kpi ? `KPI: ${kpi}, period ${period}` : `Watched: ${watched}`,
      ...conditionLines(rule, firing),
      numbers.judgedFrom ? `Days judged: ${numbers.judgedFrom} to ${numbers.judgedTo}` : 'Days judged: none',
      `Recorded: ${firing.recordedAt}`,
      '',
      `The events behind the numbers: ${absoluteLink(publicUrl, firing)}`,
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
