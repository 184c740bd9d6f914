import type { MailLanguage } from '@kpi/schema';

/**
 * An alert e-mail's words in the language its rule names (`recipients.lang`): the reader of the
 * mail is the rule's audience, not whoever the server is. KPI names are the chart builder's
 * (notify/kpi-names.ts), statuses and the country's name the review report's.
 */
export interface AlertMailWords {
  readonly fired: string;
  readonly cleared: string;
  readonly firedLead: (name: string) => string;
  readonly clearedLead: (name: string) => string;
  readonly unit: string;
  readonly kpi: (kpi: string, period: string) => string;
  readonly watched: string;
  readonly recurrenceAppearing: string;
  readonly silentFor: (days: string) => string;
  readonly none: string;
  readonly lastRecord: (day: string) => string;
  readonly noRecordEver: string;
  readonly silentDays: (days: string, since: string, after: string) => string;
  readonly recurrencesOpen: (n: string) => string;
  readonly recurrence: (
    risk: string,
    organization: string,
    process: string,
    cause: string,
    day: string,
  ) => string;
  readonly removedBefore: (day: string, risk: string) => string;
  readonly announced: (now: string, open: string) => string;
  readonly threshold: (actual: string, above: boolean, value: string) => string;
  readonly targetStatus: (status: string, watched: string) => string;
  readonly targetFigures: (actual: string, heldTo: string, value: string) => string;
  readonly daysJudged: (from: string, to: string) => string;
  readonly noDaysJudged: string;
  readonly recorded: (at: string) => string;
  readonly link: (url: string) => string;
}

export const ALERT_MAIL_WORDS: Readonly<Record<MailLanguage, AlertMailWords>> = {
  ru: {
    fired: 'Оповещение',
    cleared: 'Снято',
    firedLead: (name) => `Сработало оповещение «${name}»: условие выполняется.`,
    clearedLead: (name) => `Оповещение «${name}» снято: условие больше не выполняется.`,
    unit: 'Территория',
    kpi: (kpi, period) => `Показатель: ${kpi}, период ${period}`,
    watched: 'Условие',
    recurrenceAppearing: 'появился повтор',
    silentFor: (days) => `нет записей ${days} дн.`,
    none: 'нет',
    lastRecord: (day) => `последняя запись ${day}`,
    noRecordEver: 'записей не было',
    silentDays: (days, since, after) => `Дней без записей: ${days} (${since}; оповещение после ${after})`,
    recurrencesOpen: (n) => `Открытых повторов: ${n}`,
    recurrence: (risk, organization, process, cause, day) =>
      `Повтор: риск ${risk}, ${organization}, процесс «${process}» (${cause}), выявлен ${day}`,
    removedBefore: (day, risk) => `Та же схема была устранена ${day} (риск ${risk})`,
    announced: (now, open) => `Новых повторов сейчас: ${now}; открыто: ${open}`,
    threshold: (actual, above, value) =>
      `Факт: ${actual} (оповещение, когда ${above ? 'выше' : 'ниже'} ${value})`,
    targetStatus: (status, watched) => `Статус цели: ${status} (оповещение при статусе: ${watched})`,
    targetFigures: (actual, heldTo, value) =>
      `Факт: ${actual}; к сегодняшнему дню: ${heldTo}; цель: ${value}`,
    daysJudged: (from, to) => `Оценены дни: с ${from} по ${to}`,
    noDaysJudged: 'Оценены дни: нет',
    recorded: (at) => `Записано: ${at}`,
    link: (url) => `События за этими цифрами: ${url}`,
  },
  kk: {
    fired: 'Хабарлама',
    cleared: 'Алынды',
    firedLead: (name) => `«${name}» хабарламасы іске қосылды: шарт орындалады.`,
    clearedLead: (name) => `«${name}» хабарламасы алынды: шарт енді орындалмайды.`,
    unit: 'Аумақ',
    kpi: (kpi, period) => `Көрсеткіш: ${kpi}, кезең ${period}`,
    watched: 'Шарт',
    recurrenceAppearing: 'қайталану пайда болды',
    silentFor: (days) => `${days} күн жазба жоқ`,
    none: 'жоқ',
    lastRecord: (day) => `соңғы жазба ${day}`,
    noRecordEver: 'жазба болған жоқ',
    silentDays: (days, since, after) =>
      `Жазбасыз күндер: ${days} (${since}; хабарлама ${after} күннен кейін)`,
    recurrencesOpen: (n) => `Ашық қайталанулар: ${n}`,
    recurrence: (risk, organization, process, cause, day) =>
      `Қайталану: ${risk} тәуекелі, ${organization}, «${process}» процесі (${cause}), анықталды ${day}`,
    removedBefore: (day, risk) => `Дәл осы сызба ${day} жойылған (${risk} тәуекелі)`,
    announced: (now, open) => `Қазір жаңа қайталанулар: ${now}; ашық: ${open}`,
    threshold: (actual, above, value) =>
      `Нақты: ${actual} (${value} ${above ? 'мәнінен жоғары' : 'мәнінен төмен'} болғанда хабарлама)`,
    targetStatus: (status, watched) => `Мақсат мәртебесі: ${status} (хабарлама мәртебесі: ${watched})`,
    targetFigures: (actual, heldTo, value) => `Нақты: ${actual}; бүгінге дейін: ${heldTo}; мақсат: ${value}`,
    daysJudged: (from, to) => `Бағаланған күндер: ${from} – ${to}`,
    noDaysJudged: 'Бағаланған күндер: жоқ',
    recorded: (at) => `Жазылды: ${at}`,
    link: (url) => `Осы сандардың артындағы оқиғалар: ${url}`,
  },
  en: {
    fired: 'Alert',
    cleared: 'Cleared',
    firedLead: (name) => `The alert "${name}" fired: the condition holds.`,
    clearedLead: (name) => `The alert "${name}" cleared: the condition no longer holds.`,
    unit: 'Unit',
    kpi: (kpi, period) => `KPI: ${kpi}, period ${period}`,
    watched: 'Watched',
    recurrenceAppearing: 'a recurrence appearing',
    silentFor: (days) => `nothing recorded for ${days} days`,
    none: 'none',
    lastRecord: (day) => `last record ${day}`,
    noRecordEver: 'no record ever',
    silentDays: (days, since, after) => `Days without a record: ${days} (${since}; alert after ${after})`,
    recurrencesOpen: (n) => `Recurrences open: ${n}`,
    recurrence: (risk, organization, process, cause, day) =>
      `Recurrence: risk ${risk} of ${organization}, process "${process}" (${cause}), identified ${day}`,
    removedBefore: (day, risk) => `The same scheme was removed on ${day} (risk ${risk})`,
    announced: (now, open) => `New recurrences announced now: ${now}; open: ${open}`,
    threshold: (actual, above, value) =>
      `Actual: ${actual} (alert when ${above ? 'above' : 'below'} ${value})`,
    targetStatus: (status, watched) => `Target status: ${status} (alert on ${watched})`,
    targetFigures: (actual, heldTo, value) => `Actual: ${actual}; held to: ${heldTo}; target: ${value}`,
    daysJudged: (from, to) => `Days judged: ${from} to ${to}`,
    noDaysJudged: 'Days judged: none',
    recorded: (at) => `Recorded: ${at}`,
    link: (url) => `The events behind the numbers: ${url}`,
  },
};
