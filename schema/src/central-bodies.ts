import { z } from 'zod';
import { issueParams } from './issue-codes.ts';

/**
 * Kazakhstan's central state bodies that report as units beside the twenty regions: the
 * ministries and the agencies directly accountable to the President or the Government whose
 * executive secretaries the chair reviews. A central body's officer submits for their body, in
 * the body's own unit stream `unit-<code>`.
 *
 * Source: the structure of the Government of the Republic of Kazakhstan (gov.kz, "Central state
 * bodies"), as known on 1 December 2026, including the 2025 changes (the Ministry of Digital
 * Development renamed the Ministry of Artificial Intelligence and Digital Development; the
 * Agency for Atomic Energy formed). Codes are the product's own, stable, latin, and never begin
 * with `KZ-` (the regions' prefix), so a unit code names one unit only.
 *
 * This list is the catalogue a new installation starts with. An administrator adds a body the
 * list lacks, or renames one after a reorganisation, through the command path
 * (`CentralBodyAdded`, `CentralBodyRenamed` on the stream `central-body-<code>`); the read model
 * folds those events over this list.
 */
export const CENTRAL_BODY_KINDS = ['MINISTRY', 'AGENCY'] as const;
export type CentralBodyKind = (typeof CENTRAL_BODY_KINDS)[number];

export interface CentralBodyName {
  readonly ru: string;
  readonly kk: string;
  readonly en: string;
}

export interface CentralBody {
  /** A seeded code, or one an administrator added (any string `centralBodyCode` accepts). */
  readonly code: string;
  readonly kind: CentralBodyKind;
  readonly name: CentralBodyName;
}

/** The seeded catalogue's codes. */
export const SEEDED_CENTRAL_BODY_CODES = [
  'MIN-AGRICULTURE',
  'MIN-AI-DIGITAL',
  'MIN-CULTURE',
  'MIN-DEFENCE',
  'MIN-ECOLOGY',
  'MIN-EDUCATION',
  'MIN-EMERGENCIES',
  'MIN-ENERGY',
  'MIN-FINANCE',
  'MIN-FOREIGN',
  'MIN-HEALTH',
  'MIN-INDUSTRY',
  'MIN-INTERIOR',
  'MIN-JUSTICE',
  'MIN-LABOUR',
  'MIN-ECONOMY',
  'MIN-SCIENCE',
  'MIN-TOURISM',
  'MIN-TRADE',
  'MIN-TRANSPORT',
  'MIN-WATER',
  'AG-ATOMIC',
  'AG-CIVIL-SERVICE',
  'AG-COMPETITION',
  'AG-FINANCIAL-MARKET',
  'AG-FINANCIAL-MONITORING',
  'AG-STRATEGIC-PLANNING',
] as const;

type SeededCode = (typeof SEEDED_CENTRAL_BODY_CODES)[number];

const body = (code: SeededCode, ru: string, kk: string, en: string): CentralBody => ({
  code,
  kind: code.startsWith('MIN-') ? 'MINISTRY' : 'AGENCY',
  name: { ru, kk, en },
});

export const SEEDED_CENTRAL_BODIES: readonly CentralBody[] = [
  body(
    'MIN-AGRICULTURE',
    'Министерство сельского хозяйства',
    'Ауыл шаруашылығы министрлігі',
    'Ministry of Agriculture',
  ),
  body(
    'MIN-AI-DIGITAL',
    'Министерство искусственного интеллекта и цифрового развития',
    'Жасанды интеллект және цифрлық даму министрлігі',
    'Ministry of Artificial Intelligence and Digital Development',
  ),
  body(
    'MIN-CULTURE',
    'Министерство культуры и информации',
    'Мәдениет және ақпарат министрлігі',
    'Ministry of Culture and Information',
  ),
  body('MIN-DEFENCE', 'Министерство обороны', 'Қорғаныс министрлігі', 'Ministry of Defence'),
  body(
    'MIN-ECOLOGY',
    'Министерство экологии и природных ресурсов',
    'Экология және табиғи ресурстар министрлігі',
    'Ministry of Ecology and Natural Resources',
  ),
  body('MIN-EDUCATION', 'Министерство просвещения', 'Оқу-ағарту министрлігі', 'Ministry of Education'),
  body(
    'MIN-EMERGENCIES',
    'Министерство по чрезвычайным ситуациям',
    'Төтенше жағдайлар министрлігі',
    'Ministry of Emergency Situations',
  ),
  body('MIN-ENERGY', 'Министерство энергетики', 'Энергетика министрлігі', 'Ministry of Energy'),
  body('MIN-FINANCE', 'Министерство финансов', 'Қаржы министрлігі', 'Ministry of Finance'),
  body(
    'MIN-FOREIGN',
    'Министерство иностранных дел',
    'Сыртқы істер министрлігі',
    'Ministry of Foreign Affairs',
  ),
  body('MIN-HEALTH', 'Министерство здравоохранения', 'Денсаулық сақтау министрлігі', 'Ministry of Health'),
  body(
    'MIN-INDUSTRY',
    'Министерство промышленности и строительства',
    'Өнеркәсіп және құрылыс министрлігі',
    'Ministry of Industry and Construction',
  ),
  body(
    'MIN-INTERIOR',
    'Министерство внутренних дел',
    'Ішкі істер министрлігі',
    'Ministry of Internal Affairs',
  ),
  body('MIN-JUSTICE', 'Министерство юстиции', 'Әділет министрлігі', 'Ministry of Justice'),
  body(
    'MIN-LABOUR',
    'Министерство труда и социальной защиты населения',
    'Еңбек және халықты әлеуметтік қорғау министрлігі',
    'Ministry of Labour and Social Protection of the Population',
  ),
  body(
    'MIN-ECONOMY',
    'Министерство национальной экономики',
    'Ұлттық экономика министрлігі',
    'Ministry of National Economy',
  ),
  body(
    'MIN-SCIENCE',
    'Министерство науки и высшего образования',
    'Ғылым және жоғары білім министрлігі',
    'Ministry of Science and Higher Education',
  ),
  body(
    'MIN-TOURISM',
    'Министерство туризма и спорта',
    'Туризм және спорт министрлігі',
    'Ministry of Tourism and Sports',
  ),
  body(
    'MIN-TRADE',
    'Министерство торговли и интеграции',
    'Сауда және интеграция министрлігі',
    'Ministry of Trade and Integration',
  ),
  body('MIN-TRANSPORT', 'Министерство транспорта', 'Көлік министрлігі', 'Ministry of Transport'),
  body(
    'MIN-WATER',
    'Министерство водных ресурсов и ирригации',
    'Су ресурстары және ирригация министрлігі',
    'Ministry of Water Resources and Irrigation',
  ),
  body(
    'AG-ATOMIC',
    'Агентство по атомной энергии',
    'Атом энергиясы жөніндегі агенттік',
    'Agency for Atomic Energy',
  ),
  body(
    'AG-CIVIL-SERVICE',
    'Агентство по делам государственной службы',
    'Мемлекеттік қызмет істері агенттігі',
    'Agency for Civil Service Affairs',
  ),
  body(
    'AG-COMPETITION',
    'Агентство по защите и развитию конкуренции',
    'Бәсекелестікті қорғау және дамыту агенттігі',
    'Agency for Protection and Development of Competition',
  ),
  body(
    'AG-FINANCIAL-MARKET',
    'Агентство по регулированию и развитию финансового рынка',
    'Қаржы нарығын реттеу және дамыту агенттігі',
    'Agency for Regulation and Development of the Financial Market',
  ),
  body(
    'AG-FINANCIAL-MONITORING',
    'Агентство по финансовому мониторингу',
    'Қаржылық мониторинг агенттігі',
    'Agency for Financial Monitoring',
  ),
  body(
    'AG-STRATEGIC-PLANNING',
    'Агентство по стратегическому планированию и реформам',
    'Стратегиялық жоспарлау және реформалар агенттігі',
    'Agency for Strategic Planning and Reforms',
  ),
];

/**
 * A central body's code: upper-case latin letters, digits and dashes, 3-40 characters, never
 * `KZ-...` (a region's code), so the unit stream `unit-<code>` of a body and of a region never meet.
 */
export const centralBodyCode = z
  .string({ error: 'is required' })
  .regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/, {
    error: 'must be upper-case latin letters and digits joined by dashes, such as MIN-HEALTH',
  })
  .min(3, { error: 'must be at least 3 characters' })
  .max(40, { error: 'must be at most 40 characters' })
  .refine((code) => !code.startsWith('KZ-'), {
    error: "must not begin with KZ- (the regions' codes)",
    params: issueParams('reserved_prefix'),
  });

const bodyName = (language: string) =>
  z
    .string({ error: 'is required' })
    .trim()
    .min(3, { error: `must name the body in ${language}, at least 3 characters` })
    .max(200, { error: 'must be at most 200 characters' });

export const centralBodyNames = {
  nameRu: bodyName('Russian'),
  nameKk: bodyName('Kazakh'),
  nameEn: bodyName('English'),
};

export const centralBodyKind = z.enum(CENTRAL_BODY_KINDS, { error: 'must be MINISTRY or AGENCY' });

const seededByCode = new Map(SEEDED_CENTRAL_BODIES.map((b) => [b.code, b]));

/** The seeded body under this code, if the catalogue a new installation starts with holds one. */
export const seededCentralBody = (code: string): CentralBody | undefined => seededByCode.get(code);
