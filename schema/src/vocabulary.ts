/**
 * The closed vocabularies of the methodology. Each term is a stable machine code (used in events,
 * GraphQL enums and import files) with its label in Russian, Kazakh and English.
 */
export interface Label {
  readonly ru: string;
  readonly kk: string;
  readonly en: string;
}

type Vocabulary<Code extends string> = Readonly<Record<Code, Label>>;

const codesOf = <Code extends string>(vocabulary: Vocabulary<Code>) =>
  Object.keys(vocabulary) as [Code, ...Code[]];

export const SPHERES = {
  LAND_RELATIONS: { ru: 'Земельные отношения', kk: 'Жер қатынастары', en: 'Land relations' },
  PUBLIC_PROCUREMENT: {
    ru: 'Государственные закупки',
    kk: 'Мемлекеттік сатып алу',
    en: 'Public procurement',
  },
  EDUCATION: { ru: 'Образование', kk: 'Білім беру', en: 'Education' },
  HEALTHCARE: { ru: 'Здравоохранение', kk: 'Денсаулық сақтау', en: 'Healthcare' },
  CONSTRUCTION: {
    ru: 'Строительство и архитектура',
    kk: 'Құрылыс және сәулет',
    en: 'Construction and architecture',
  },
  LAW_ENFORCEMENT: {
    ru: 'Правоохранительная деятельность',
    kk: 'Құқық қорғау қызметі',
    en: 'Law enforcement',
  },
  LICENSING: { ru: 'Лицензии и разрешения', kk: 'Лицензиялар мен рұқсаттар', en: 'Licensing and permits' },
  BUSINESS_SUPPORT: {
    ru: 'Поддержка предпринимательства и субсидии',
    kk: 'Кәсіпкерлікті қолдау және субсидиялар',
    en: 'Entrepreneurship support and subsidies',
  },
  SOCIAL_PROTECTION: { ru: 'Социальная защита', kk: 'Әлеуметтік қорғау', en: 'Social protection' },
  HOUSING_UTILITIES: {
    ru: 'Жилищно-коммунальное хозяйство',
    kk: 'Тұрғын үй-коммуналдық шаруашылық',
    en: 'Housing and utilities',
  },
  TRANSPORT: { ru: 'Транспорт', kk: 'Көлік', en: 'Transport' },
  AGRICULTURE: { ru: 'Сельское хозяйство', kk: 'Ауыл шаруашылығы', en: 'Agriculture' },
  QUASI_PUBLIC: {
    ru: 'Квазигосударственный сектор',
    kk: 'Квазимемлекеттік сектор',
    en: 'Quasi-public sector',
  },
  OTHER: { ru: 'Другое', kk: 'Басқа', en: 'Other' },
} as const satisfies Vocabulary<string>;
export type Sphere = keyof typeof SPHERES;
export const SPHERE_CODES = codesOf<Sphere>(SPHERES);

export const CAUSE_CATEGORIES = {
  CORRUPTOGENIC_NORM: {
    ru: 'Неоднозначная или коррупциогенная норма',
    kk: 'Екіұшты немесе сыбайлас жемқорлыққа бейім норма',
    en: 'Ambiguous or corruptogenic norm',
  },
  EXCESSIVE_DISCRETION: {
    ru: 'Избыточные дискреционные полномочия',
    kk: 'Шектен тыс дискрециялық өкілеттіктер',
    en: 'Excessive discretion',
  },
  ADMINISTRATIVE_BARRIER: {
    ru: 'Административный барьер',
    kk: 'Әкімшілік кедергі',
    en: 'Administrative barrier',
  },
  LACK_OF_TRANSPARENCY: { ru: 'Непрозрачность', kk: 'Ашықтықтың болмауы', en: 'Lack of transparency' },
  CONFLICT_OF_INTEREST: { ru: 'Конфликт интересов', kk: 'Мүдделер қақтығысы', en: 'Conflict of interest' },
  WEAK_INTERNAL_CONTROL: {
    ru: 'Слабый внутренний контроль',
    kk: 'Әлсіз ішкі бақылау',
    en: 'Weak internal control',
  },
  MANUAL_PROCESSING: {
    ru: 'Ручная/бумажная обработка (не оцифровано)',
    kk: 'Қолмен/қағаз жүзінде өңдеу (цифрландырылмаған)',
    en: 'Manual/paper processing (not digitised)',
  },
  DECISION_MONOPOLY: {
    ru: 'Монополия лица, принимающего решение',
    kk: 'Шешім қабылдаушының монополиясы',
    en: 'Monopoly of the decision-maker',
  },
  OTHER: { ru: 'Другое', kk: 'Басқа', en: 'Other' },
} as const satisfies Vocabulary<string>;
export type CauseCategory = keyof typeof CAUSE_CATEGORIES;
export const CAUSE_CATEGORY_CODES = codesOf<CauseCategory>(CAUSE_CATEGORIES);

export const RISK_SOURCES = {
  EXTERNAL_ANALYSIS: {
    ru: 'Внешний анализ коррупционных рисков',
    kk: 'Сыбайлас жемқорлық тәуекелдерін сыртқы талдау',
    en: 'External analysis of corruption risks',
  },
  INTERNAL_ANALYSIS: {
    ru: 'Внутренний анализ коррупционных рисков',
    kk: 'Сыбайлас жемқорлық тәуекелдерін ішкі талдау',
    en: 'Internal analysis of corruption risks',
  },
  CITIZEN_RECEPTION: { ru: 'Приём граждан', kk: 'Азаматтарды қабылдау', en: 'Citizen reception' },
  ANONYMOUS_SURVEY: { ru: 'Анонимное анкетирование', kk: 'Анонимді сауалнама', en: 'Anonymous survey' },
  MONITORING_GROUP: {
    ru: 'Специальная мониторинговая группа',
    kk: 'Арнайы мониторингтік топ',
    en: 'Special monitoring group',
  },
  MEDIA_REPORT: { ru: 'Публикация в СМИ', kk: 'БАҚ-тағы жарияланым', en: 'Media report' },
  CRIMINAL_CASE_ANALYSIS: {
    ru: 'Анализ уголовных дел',
    kk: 'Қылмыстық істерді талдау',
    en: 'Criminal case analysis',
  },
} as const satisfies Vocabulary<string>;
export type RiskSource = keyof typeof RISK_SOURCES;
export const RISK_SOURCE_CODES = codesOf<RiskSource>(RISK_SOURCES);

export const TRANSFORMATION_KINDS = {
  DIGITISED: { ru: 'Оцифровка', kk: 'Цифрландыру', en: 'Digitised' },
  PROCEDURE_ABOLISHED: { ru: 'Процедура упразднена', kk: 'Рәсім жойылды', en: 'Procedure abolished' },
  NORM_AMENDED: { ru: 'Норма изменена', kk: 'Норма өзгертілді', en: 'Norm amended' },
  MADE_COLLEGIAL: {
    ru: 'Решение стало коллегиальным',
    kk: 'Шешім алқалы болды',
    en: 'Decision made collegial',
  },
  MADE_PUBLIC: {
    ru: 'Открытые данные / публичность',
    kk: 'Ашық деректер / жариялылық',
    en: 'Made public / open data',
  },
  EXTRATERRITORIAL: {
    ru: 'Экстерриториальная услуга',
    kk: 'Экстерриториялық қызмет',
    en: 'Extraterritorial service',
  },
  OTHER: { ru: 'Другое', kk: 'Басқа', en: 'Other' },
} as const satisfies Vocabulary<string>;
export type TransformationKind = keyof typeof TRANSFORMATION_KINDS;
export const TRANSFORMATION_KIND_CODES = codesOf<TransformationKind>(TRANSFORMATION_KINDS);

export const RIGHT_RESTORED_KINDS = {
  LAND_PLOT_RETURNED: {
    ru: 'Возвращён земельный участок',
    kk: 'Жер учаскесі қайтарылды',
    en: 'Land plot returned',
  },
  REFUSAL_OVERTURNED: {
    ru: 'Отменён незаконный отказ',
    kk: 'Заңсыз бас тарту жойылды',
    en: 'Unlawful refusal overturned',
  },
  PAYMENT_MADE: { ru: 'Произведена выплата', kk: 'Төлем жасалды', en: 'Payment made' },
  SERVICE_DELIVERED: { ru: 'Оказана услуга', kk: 'Қызмет көрсетілді', en: 'Service delivered' },
  OTHER: { ru: 'Другое', kk: 'Басқа', en: 'Other' },
} as const satisfies Vocabulary<string>;
export type RightRestoredKind = keyof typeof RIGHT_RESTORED_KINDS;
export const RIGHT_RESTORED_KIND_CODES = codesOf<RightRestoredKind>(RIGHT_RESTORED_KINDS);

/** Who a perception survey asked. */
export const POPULATION_GROUP_LABELS = {
  CITIZENS: { ru: 'Граждане', kk: 'Азаматтар', en: 'Citizens' },
  ENTREPRENEURS: { ru: 'Предприниматели', kk: 'Кәсіпкерлер', en: 'Entrepreneurs' },
  STUDENTS: { ru: 'Студенты', kk: 'Студенттер', en: 'Students' },
  CIVIL_SERVANTS: { ru: 'Госслужащие', kk: 'Мемлекеттік қызметшілер', en: 'Civil servants' },
} as const;

/** How a perception survey was conducted. */
export const SURVEY_METHOD_LABELS = {
  FACE_TO_FACE: { ru: 'Личное интервью', kk: 'Жеке сұхбат', en: 'Face to face' },
  TELEPHONE: { ru: 'Телефонный опрос', kk: 'Телефон арқылы сауалнама', en: 'Telephone' },
  ONLINE: { ru: 'Онлайн-опрос', kk: 'Онлайн сауалнама', en: 'Online' },
  MIXED: { ru: 'Смешанный метод', kk: 'Аралас әдіс', en: 'Mixed' },
} as const;

export type PopulationGroup = keyof typeof POPULATION_GROUP_LABELS;
export const POPULATION_GROUPS = codesOf<PopulationGroup>(POPULATION_GROUP_LABELS);
export type SurveyMethod = keyof typeof SURVEY_METHOD_LABELS;
export const SURVEY_METHODS = codesOf<SurveyMethod>(SURVEY_METHOD_LABELS);
