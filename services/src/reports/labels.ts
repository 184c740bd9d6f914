import type { FUNNEL_KPIS, LEAD_KPIS, TargetStatus } from '@kpi/projections';
import { COUNTRY_NAME, TARGET_STATUS_NAMES } from '../notify/shared-words.ts';

export const REPORT_LANGUAGES = ['ru', 'kk', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];
export const isReportLanguage = (value: unknown): value is ReportLanguage =>
  (REPORT_LANGUAGES as readonly unknown[]).includes(value);

type ReportKpi = (typeof LEAD_KPIS)[number] | (typeof FUNNEL_KPIS)[number];

/**
 * The report's words in the three languages. KPI names, target statuses, the funnel and the
 * league's headings are the dashboard's own (its message catalogues), so the printed report and
 * the screen say the same thing.
 */
export interface ReportLabels {
  readonly title: string;
  readonly country: string;
  readonly period: string;
  readonly asOf: string;
  readonly asOfNow: string;
  readonly leadKpis: string;
  readonly kpi: string;
  readonly current: string;
  readonly previous: string;
  readonly change: string;
  readonly target: string;
  readonly status: string;
  readonly kpis: Readonly<Record<ReportKpi, string>>;
  readonly statuses: Readonly<Record<TargetStatus | 'none' | 'notSet', string>>;
  readonly league: string;
  readonly leagueLead: string;
  readonly leagueHidden: string;
  readonly rank: string;
  readonly region: string;
  readonly previousRank: string;
  readonly funnel: string;
  readonly funnelLead: string;
  readonly overdue: string;
  readonly overdueCount: string;
  readonly hotSpots: string;
  readonly organization: string;
  readonly process: string;
  readonly cause: string;
  readonly removed: string;
  readonly recurred: string;
  readonly figureComments: string;
  readonly date: string;
  readonly comment: string;
  readonly author: string;
  readonly commentary: string;
  readonly commentaryEmpty: string;
  readonly commentaryBy: string;
  readonly none: string;
  readonly points: string;
  readonly page: string;
}

export const REPORT_LABELS: Readonly<Record<ReportLanguage, ReportLabels>> = {
  ru: {
    title: 'Отчёт к заседанию по итогам периода',
    country: COUNTRY_NAME.ru,
    period: 'Период',
    asOf: 'По данным, известным на',
    asOfNow: 'по всем данным на момент выгрузки',
    leadKpis: 'Ключевые показатели',
    kpi: 'Показатель',
    current: 'За период',
    previous: 'Пред. период',
    change: 'Изменение',
    target: 'Цель',
    status: 'Статус цели',
    kpis: {
      causesRemoved: 'Устранено причин',
      removalRate: 'Доля устранённых',
      medianDaysToRemoval: 'Срок устранения, медиана дней',
      rightsRestoredCases: 'Восстановлены права, случаев',
      rightsRestoredPeople: 'Восстановлены права, человек',
      recurrenceRate: 'Повторяемость',
      risksIdentified: 'Выявлено рисков',
      recommendationsIssued: 'Выдано рекомендаций',
    },
    statuses: TARGET_STATUS_NAMES.ru,
    league: 'Рейтинг регионов',
    leagueLead: 'Устранено причин за период; в скобках — место в предыдущем периоде.',
    leagueHidden: 'Рейтинг регионов доступен председателю и аналитикам.',
    rank: '№',
    region: 'Регион',
    previousRank: 'Было',
    funnel: 'Воронка: риск → рекомендация → трансформация',
    funnelLead:
      'Каждый шаг считает свои события за период; доля сравнивает эти числа, а не прослеживает одни и те же риски',
    overdue: 'Просроченные рекомендации по регионам',
    overdueCount: 'Просрочено на конец периода',
    hotSpots: 'Очаги повторяемости: схема вернулась',
    organization: 'Организация',
    process: 'Процесс',
    cause: 'Причина',
    removed: 'Устранено',
    recurred: 'Вернулось',
    figureComments: 'Комментарии к показателям',
    date: 'Дата',
    comment: 'Комментарий',
    author: 'Автор',
    commentary: 'Комментарий председателя',
    commentaryEmpty: 'Заполняется председателем до заседания.',
    commentaryBy: 'Записал(а) {author}, {date}',
    none: 'Нет',
    points: 'п.п.',
    page: 'Стр. {page} из {pages}',
  },
  kk: {
    title: 'Кезең қорытындысы бойынша отырысқа есеп',
    country: COUNTRY_NAME.kk,
    period: 'Кезең',
    asOf: 'Деректер мына сәттегі күйі бойынша',
    asOfNow: 'жүктеу сәтіндегі барлық деректер бойынша',
    leadKpis: 'Негізгі көрсеткіштер',
    kpi: 'Көрсеткіш',
    current: 'Кезеңде',
    previous: 'Алдыңғы кезең',
    change: 'Өзгеріс',
    target: 'Мақсат',
    status: 'Мақсат мәртебесі',
    kpis: {
      causesRemoved: 'Жойылған себептер',
      removalRate: 'Жойылу үлесі',
      medianDaysToRemoval: 'Жою мерзімі, күн медианасы',
      rightsRestoredCases: 'Қалпына келтірілген құқықтар, жағдай',
      rightsRestoredPeople: 'Құқығы қалпына келтірілген адамдар',
      recurrenceRate: 'Қайталану',
      risksIdentified: 'Анықталған тәуекелдер',
      recommendationsIssued: 'Берілген ұсынымдар',
    },
    statuses: TARGET_STATUS_NAMES.kk,
    league: 'Өңірлер рейтингі',
    leagueLead: 'Кезеңде жойылған себептер; жақшада — алдыңғы кезеңдегі орны.',
    leagueHidden: 'Өңірлер рейтингі төраға мен талдаушыларға қолжетімді.',
    rank: '№',
    region: 'Өңір',
    previousRank: 'Бұрын',
    funnel: 'Воронка: тәуекел → ұсыным → трансформация',
    funnelLead:
      'Әр қадам кезеңдегі өз оқиғаларын санайды; үлес осы сандарды салыстырады, бір тәуекелдерді соңына дейін бақыламайды',
    overdue: 'Өңірлер бойынша мерзімі өткен ұсынымдар',
    overdueCount: 'Кезең соңында мерзімі өткен',
    hotSpots: 'Қайталану ошақтары: сызба қайта оралды',
    organization: 'Ұйым',
    process: 'Процесс',
    cause: 'Себеп',
    removed: 'Жойылды',
    recurred: 'Қайталанды',
    figureComments: 'Көрсеткіштерге түсініктемелер',
    date: 'Күні',
    comment: 'Түсініктеме',
    author: 'Авторы',
    commentary: 'Төрағаның түсініктемесі',
    commentaryEmpty: 'Отырысқа дейін төраға толтырады.',
    commentaryBy: '{author} жазды, {date}',
    none: 'Жоқ',
    points: 'п.т.',
    page: '{pages} беттің {page}-беті',
  },
  en: {
    title: 'Review meeting report',
    country: COUNTRY_NAME.en,
    period: 'Period',
    asOf: 'As known on',
    asOfNow: 'everything known when downloaded',
    leadKpis: 'Lead KPIs',
    kpi: 'KPI',
    current: 'In the period',
    previous: 'Previous period',
    change: 'Change',
    target: 'Target',
    status: 'Target status',
    kpis: {
      causesRemoved: 'Causes removed',
      removalRate: 'Removal rate',
      medianDaysToRemoval: 'Days to removal, median',
      rightsRestoredCases: 'Rights restored, cases',
      rightsRestoredPeople: 'Rights restored, people',
      recurrenceRate: 'Recurrence',
      risksIdentified: 'Risks identified',
      recommendationsIssued: 'Recommendations issued',
    },
    statuses: TARGET_STATUS_NAMES.en,
    league: 'Regions ranked',
    leagueLead: 'Causes removed in the period; in brackets, the place in the previous period.',
    leagueHidden: 'The league of regions is shown to the chair and analysts.',
    rank: '#',
    region: 'Region',
    previousRank: 'Before',
    funnel: 'Funnel: risk → recommendation → transformation',
    funnelLead:
      'Each step counts its own events in the period; the share compares these counts, it does not follow the same risks through',
    overdue: 'Overdue recommendations by region',
    overdueCount: 'Overdue at the end of the period',
    hotSpots: 'Recurrence hot spots: the scheme came back',
    organization: 'Organization',
    process: 'Process',
    cause: 'Cause',
    removed: 'Removed',
    recurred: 'Came back',
    figureComments: 'Comments on figures',
    date: 'Date',
    comment: 'Comment',
    author: 'Author',
    commentary: 'Chair’s commentary',
    commentaryEmpty: 'Filled in by the chair before the meeting.',
    commentaryBy: 'Written by {author}, {date}',
    none: 'None',
    points: 'pp',
    page: 'Page {page} of {pages}',
  },
};

export const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
