import type { CauseCategory, RightRestoredKind, RiskSource, Sphere, TransformationKind } from '@kpi/schema';
import type { RegionProfile } from './region-profiles.ts';

/** Share of risks by sphere: land, procurement, construction, healthcare and education lead. */
export const SPHERE_WEIGHTS: Readonly<Record<Sphere, number>> = {
  LAND_RELATIONS: 18,
  PUBLIC_PROCUREMENT: 16,
  CONSTRUCTION: 14,
  HEALTHCARE: 12,
  EDUCATION: 12,
  LICENSING: 5,
  BUSINESS_SUPPORT: 5,
  SOCIAL_PROTECTION: 4,
  HOUSING_UTILITIES: 4,
  TRANSPORT: 3,
  AGRICULTURE: 3,
  LAW_ENFORCEMENT: 2,
  QUASI_PUBLIC: 1.5,
  OTHER: 0.5,
};

export const SOURCE_WEIGHTS: Readonly<Record<RiskSource, number>> = {
  EXTERNAL_ANALYSIS: 40,
  INTERNAL_ANALYSIS: 20,
  CITIZEN_RECEPTION: 12,
  MONITORING_GROUP: 10,
  ANONYMOUS_SURVEY: 7,
  CRIMINAL_CASE_ANALYSIS: 7,
  MEDIA_REPORT: 4,
};

export const CAUSE_WEIGHTS: Readonly<Record<CauseCategory, number>> = {
  EXCESSIVE_DISCRETION: 20,
  MANUAL_PROCESSING: 18,
  LACK_OF_TRANSPARENCY: 15,
  ADMINISTRATIVE_BARRIER: 12,
  CORRUPTOGENIC_NORM: 10,
  DECISION_MONOPOLY: 9,
  WEAK_INTERNAL_CONTROL: 8,
  CONFLICT_OF_INTEREST: 6,
  OTHER: 2,
};

type Place = (region: RegionProfile, district: string, n: number) => string;

interface SphereCatalogue {
  readonly organizations: readonly Place[];
  readonly processes: readonly string[];
  readonly rightKind: RightRestoredKind;
}

export const SPHERES_CATALOGUE: Readonly<Record<Sphere, SphereCatalogue>> = {
  LAND_RELATIONS: {
    organizations: [
      (_r, d) => `Акимат ${d}`,
      (_r, d) => `ГУ «Отдел земельных отношений ${d}»`,
      (r) => `ГУ «Управление земельных отношений ${r.regionGenitive}»`,
    ],
    processes: [
      'Предоставление земельных участков',
      'Изменение целевого назначения земельного участка',
      'Выдача актов на право землепользования',
    ],
    rightKind: 'LAND_PLOT_RETURNED',
  },
  PUBLIC_PROCUREMENT: {
    organizations: [
      (r) => `ГУ «Управление финансов ${r.regionGenitive}»`,
      (_r, d) => `ГУ «Отдел государственных закупок ${d}»`,
      (r) => `ГУ «Управление государственных закупок ${r.regionGenitive}»`,
    ],
    processes: [
      'Государственные закупки способом из одного источника',
      'Приёмка поставленных товаров и оказанных услуг',
      'Определение победителя конкурса',
    ],
    rightKind: 'PAYMENT_MADE',
  },
  CONSTRUCTION: {
    organizations: [
      (r) => `ГУ «Управление архитектуры и градостроительства ${r.regionGenitive}»`,
      (_r, d) => `ГУ «Отдел строительства ${d}»`,
      (r) => `ГУ «Управление государственного архитектурно-строительного контроля ${r.regionGenitive}»`,
    ],
    processes: [
      'Выдача разрешений на строительство',
      'Приёмка объектов в эксплуатацию',
      'Согласование эскизных проектов',
    ],
    rightKind: 'REFUSAL_OVERTURNED',
  },
  HEALTHCARE: {
    organizations: [
      (r, _d, n) => `ГКП на ПХВ «Городская поликлиника № ${n}» ${r.city}`,
      (_r, d) => `ГКП на ПХВ «Центральная районная больница ${d}»`,
      (r) => `ГУ «Управление здравоохранения ${r.regionGenitive}»`,
    ],
    processes: [
      'Выдача листов временной нетрудоспособности',
      'Закуп лекарственных средств',
      'Запись на приём к узким специалистам',
    ],
    rightKind: 'SERVICE_DELIVERED',
  },
  EDUCATION: {
    organizations: [
      (r, _d, n) => `КГУ «Средняя общеобразовательная школа № ${n}» ${r.city}`,
      (_r, d) => `ГУ «Отдел образования ${d}»`,
      (r) => `ГУ «Управление образования ${r.regionGenitive}»`,
    ],
    processes: [
      'Зачисление детей в первый класс',
      'Распределение мест в детских садах',
      'Аттестация педагогов',
    ],
    rightKind: 'SERVICE_DELIVERED',
  },
  LICENSING: {
    organizations: [
      (r) => `ГУ «Управление предпринимательства и промышленности ${r.regionGenitive}»`,
      (_r, d) => `Акимат ${d}`,
    ],
    processes: [
      'Выдача лицензий на реализацию алкогольной продукции',
      'Выдача разрешений на размещение наружной рекламы',
    ],
    rightKind: 'REFUSAL_OVERTURNED',
  },
  BUSINESS_SUPPORT: {
    organizations: [
      (r) => `ГУ «Управление предпринимательства ${r.regionGenitive}»`,
      (r) => `Региональный филиал АО «Фонд развития предпринимательства "Даму"» ${r.city}`,
    ],
    processes: [
      'Субсидирование ставок вознаграждения по кредитам',
      'Предоставление грантов начинающим предпринимателям',
    ],
    rightKind: 'PAYMENT_MADE',
  },
  SOCIAL_PROTECTION: {
    organizations: [
      (_r, d) => `ГУ «Отдел занятости и социальных программ ${d}»`,
      (r) => `ГУ «Управление координации занятости и социальных программ ${r.regionGenitive}»`,
    ],
    processes: ['Назначение адресной социальной помощи', 'Установление инвалидности'],
    rightKind: 'PAYMENT_MADE',
  },
  HOUSING_UTILITIES: {
    organizations: [
      (_r, d) => `ГУ «Отдел жилищно-коммунального хозяйства ${d}»`,
      (r) => `ГУ «Управление жилищной политики ${r.regionGenitive}»`,
    ],
    processes: ['Постановка на учёт нуждающихся в жилище', 'Распределение арендного жилья'],
    rightKind: 'SERVICE_DELIVERED',
  },
  TRANSPORT: {
    organizations: [
      (r) => `ГУ «Управление пассажирского транспорта и автомобильных дорог ${r.regionGenitive}»`,
      (_r, d) => `ГУ «Отдел пассажирского транспорта ${d}»`,
    ],
    processes: ['Распределение маршрутов общественного транспорта', 'Выдача разрешений на перевозки'],
    rightKind: 'REFUSAL_OVERTURNED',
  },
  AGRICULTURE: {
    organizations: [
      (r) => `ГУ «Управление сельского хозяйства ${r.regionGenitive}»`,
      (_r, d) => `ГУ «Отдел ветеринарии ${d}»`,
    ],
    processes: ['Субсидирование сельхозтоваропроизводителей', 'Выдача ветеринарных справок'],
    rightKind: 'PAYMENT_MADE',
  },
  LAW_ENFORCEMENT: {
    organizations: [
      (r) => `Департамент полиции ${r.regionGenitive}`,
      (_r, d) => `Специализированный ЦОН ${d}`,
    ],
    processes: ['Регистрация транспортных средств', 'Приём экзаменов на право управления транспортом'],
    rightKind: 'SERVICE_DELIVERED',
  },
  QUASI_PUBLIC: {
    organizations: [
      (r) => `ТОО «Социально-предпринимательская корпорация» ${r.city}`,
      (r) => `ГКП «Водоканал» ${r.city}`,
    ],
    processes: [
      'Закупки товаров, работ и услуг квазигосударственным сектором',
      'Подключение к инженерным сетям',
    ],
    rightKind: 'SERVICE_DELIVERED',
  },
  OTHER: {
    organizations: [(_r, d) => `Аппарат акима ${d}`],
    processes: ['Рассмотрение обращений граждан'],
    rightKind: 'OTHER',
  },
};

/** What the officer writes down, by cause: the risk, the recommendation, and the usual remedy. */
export const CAUSES: Readonly<
  Record<CauseCategory, { risk: string; recommendation: string; remedy: TransformationKind; done: string }>
> = {
  EXCESSIVE_DISCRETION: {
    risk: 'Решение принимается по усмотрению должностного лица без утверждённых критериев',
    recommendation: 'Закрепить в регламенте исчерпывающие критерии принятия решения',
    remedy: 'NORM_AMENDED',
    done: 'Критерии утверждены и опубликованы',
  },
  MANUAL_PROCESSING: {
    risk: 'Заявления принимаются на бумаге, очередь ведётся вручную',
    recommendation: 'Перевести услугу в электронный формат через портал электронного правительства',
    remedy: 'DIGITISED',
    done: 'Услуга переведена на портал eGov, бумажный приём прекращён',
  },
  LACK_OF_TRANSPARENCY: {
    risk: 'Результаты рассмотрения и очередь заявителей не публикуются',
    recommendation: 'Публиковать решения и очередь заявителей в открытом доступе',
    remedy: 'MADE_PUBLIC',
    done: 'Очередь и решения публикуются на сайте в режиме реального времени',
  },
  ADMINISTRATIVE_BARRIER: {
    risk: 'От заявителя требуют документы, не предусмотренные стандартом услуги',
    recommendation: 'Исключить истребование документов сверх стандарта услуги',
    remedy: 'PROCEDURE_ABOLISHED',
    done: 'Дополнительные согласования упразднены',
  },
  CORRUPTOGENIC_NORM: {
    risk: 'Норма правил допускает двоякое толкование оснований для отказа',
    recommendation: 'Внести изменения в правила, исключив коррупциогенную норму',
    remedy: 'NORM_AMENDED',
    done: 'Правила изменены, основания для отказа определены исчерпывающе',
  },
  DECISION_MONOPOLY: {
    risk: 'Решение принимается единолично одним должностным лицом',
    recommendation: 'Передать принятие решения коллегиальной комиссии',
    remedy: 'MADE_COLLEGIAL',
    done: 'Создана комиссия, решения принимаются коллегиально',
  },
  WEAK_INTERNAL_CONTROL: {
    risk: 'Отсутствует внутренний контроль за соблюдением сроков и оснований решений',
    recommendation: 'Ввести выборочный внутренний аудит решений и сроков',
    remedy: 'OTHER',
    done: 'Внедрён ежеквартальный внутренний аудит решений',
  },
  CONFLICT_OF_INTEREST: {
    risk: 'Члены комиссии связаны с участниками процедуры',
    recommendation: 'Ввести декларирование конфликта интересов и самоотвод членов комиссии',
    remedy: 'MADE_COLLEGIAL',
    done: 'Введены декларации и ротация членов комиссии',
  },
  OTHER: {
    risk: 'Иные условия, создающие возможность для коррупционных проявлений',
    recommendation: 'Провести разъяснительную работу и пересмотреть порядок работы',
    remedy: 'EXTRATERRITORIAL',
    done: 'Услуга оказывается экстерриториально',
  },
};
