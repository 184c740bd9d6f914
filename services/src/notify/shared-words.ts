import type { TargetStatus } from '@kpi/projections';

type Language = 'ru' | 'kk' | 'en';

/**
 * Words the server writes to a person in more than one place (the review-meeting report, the
 * public page, an alert's e-mail): the country's name and a target's status. Kept here, below the
 * rooms that write, so each says them the same way.
 */
export const COUNTRY_NAME: Readonly<Record<Language, string>> = {
  ru: 'Республика Казахстан',
  kk: 'Қазақстан Республикасы',
  en: 'Republic of Kazakhstan',
};

export const TARGET_STATUS_NAMES: Readonly<
  Record<Language, Readonly<Record<TargetStatus | 'none' | 'notSet', string>>>
> = {
  ru: {
    MET: 'выполнена',
    AT_RISK: 'под угрозой',
    OFF_TRACK: 'отстаёт',
    none: 'нет данных',
    notSet: 'не установлена',
  },
  kk: {
    MET: 'орындалды',
    AT_RISK: 'қауіп төнуде',
    OFF_TRACK: 'артта қалуда',
    none: 'дерек жоқ',
    notSet: 'белгіленбеген',
  },
  en: { MET: 'met', AT_RISK: 'at risk', OFF_TRACK: 'off track', none: 'no data', notSet: 'not set' },
};
