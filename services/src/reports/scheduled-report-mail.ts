import { reviewRange } from '@kpi/projections';
import { formatDay, regionName } from './format.ts';
import { REPORT_LABELS, type ReportLanguage } from './labels.ts';

/** The words of the scheduled report's e-mail, in the schedule's language. */
const MAIL_WORDS: Readonly<
  Record<ReportLanguage, { subject: string; body: (unit: string, period: string, range: string) => string }>
> = {
  ru: {
    subject: 'Отчёт к заседанию по итогам периода',
    body: (unit, period, range) =>
      `Во вложении — отчёт к заседанию по итогам периода ${period} (${range}), ${unit}, ` +
      'по данным на конец последнего дня периода.\n\nПисьмо отправлено по расписанию отчётов.',
  },
  kk: {
    subject: 'Кезең қорытындысы бойынша отырысқа есеп',
    body: (unit, period, range) =>
      `Қосымшада — ${period} кезеңінің (${range}) қорытындысы бойынша отырысқа есеп, ${unit}, ` +
      'кезеңнің соңғы күнінің соңындағы деректер бойынша.\n\nХат есептер кестесі бойынша жіберілді.',
  },
  en: {
    subject: 'Review report for the period',
    body: (unit, period, range) =>
      `Attached is the review report for ${period} (${range}), ${unit}, as known at the end of the ` +
      "period's last day.\n\nSent by the report schedule.",
  },
};

/** The e-mail carrying one schedule's report for one period, the PDF attached. */
export const scheduledReportMail = (
  schedule: { readonly unit: string; readonly lang: ReportLanguage },
  period: string,
  pdf: Buffer,
) => {
  const { lang, unit } = schedule;
  const words = MAIL_WORDS[lang];
  const unitName = regionName(lang, unit, REPORT_LABELS[lang].country);
  const { from, to } = reviewRange(period);
  const range = `${formatDay(lang, from)} – ${formatDay(lang, to)}`;
  return {
    subject: `${words.subject} ${period}: ${unitName}`,
    text: words.body(unitName, period, range),
    attachments: [{ filename: scheduledReportFilename(schedule, period), content: pdf }],
  };
};

export const scheduledReportFilename = (schedule: { unit: string; lang: string }, period: string): string =>
  `review-${schedule.unit}-${period}-${schedule.lang}.pdf`;
