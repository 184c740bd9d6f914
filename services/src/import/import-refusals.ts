import { REFUSED } from '../identity/policy.ts';
import type { ReaderLanguage } from '../identity/reader-language.ts';
import { IMPORT_TITLES } from './columns.ts';
import { type ImportLimits, limitMessages, mb } from './limits.ts';

/** Why an import route refused, as a code the reader's language words. */
export type ImportRefusal =
  | 'signIn'
  | 'onlyImporters'
  | 'onlyOfficersImport'
  | 'onlyRegionsImportSurveys'
  | 'onlyChairImportsTargets'
  | 'noTemplate'
  | 'eventType'
  | 'format'
  | 'noFile'
  | 'notRunning'
  | 'noSuchJob'
  | 'tooLarge';

const KNOWN = () => Object.keys(IMPORT_TITLES).join(', ');

type Words = Record<ImportRefusal, (limits: ImportLimits) => string>;

const WORDS: Record<ReaderLanguage, Words> = {
  ru: {
    signIn: () => 'войдите, чтобы загружать файлы',
    onlyImporters: () =>
      'загружают сотрудник региона или центрального органа (для своей единицы), председатель или его заместитель (целевые значения)',
    onlyOfficersImport: () =>
      'загружает только сотрудник региона или центрального органа, для своего региона или органа',
    onlyChairImportsTargets: () => 'целевые значения загружают только председатель или его заместитель',
    onlyRegionsImportSurveys: () =>
      'опросы загружает только региональный сотрудник, для своего региона: опрос проводится по региону или стране',
    noTemplate: () => `такого шаблона нет; есть: ${KNOWN()}`,
    eventType: () => `eventType — одно из: ${KNOWN()}`,
    format: () => 'формат — csv или xlsx',
    noFile: () => 'пришлите файл телом запроса или как файл формы',
    notRunning: () => 'загрузка ещё не запущена: попробуйте через минуту',
    noSuchJob: () => 'такой загрузки нет',
    tooLarge: (limits) =>
      `файл больше предела в ${mb(limits.maxFileBytes)} (IMPORT_MAX_FILE_BYTES=${limits.maxFileBytes}): разделите его на файлы поменьше`,
  },
  kk: {
    signIn: () => 'файлдарды жүктеу үшін жүйеге кіріңіз',
    onlyImporters: () =>
      'өңірдің немесе орталық органның қызметкері (өз бірлігі үшін), төраға немесе оның орынбасары (нысаналы мәндер) жүктейді',
    onlyOfficersImport: () =>
      'тек өңірдің немесе орталық органның қызметкері өз өңірі немесе органы үшін жүктейді',
    onlyChairImportsTargets: () => 'нысаналы мәндерді тек төраға немесе оның орынбасары жүктейді',
    onlyRegionsImportSurveys: () =>
      'сауалнамаларды тек өңірлік қызметкер өз өңірі үшін жүктейді: сауалнама өңір немесе ел бойынша жүргізіледі',
    noTemplate: () => `мұндай үлгі жоқ; барлары: ${KNOWN()}`,
    eventType: () => `eventType мыналардың бірі болуы керек: ${KNOWN()}`,
    format: () => 'пішім — csv немесе xlsx',
    noFile: () => 'файлды сұраныс денесімен немесе нысан файлы ретінде жіберіңіз',
    notRunning: () => 'жүктеу әлі іске қосылмаған: бір минуттан кейін қайталаңыз',
    noSuchJob: () => 'мұндай жүктеу жоқ',
    tooLarge: (limits) =>
      `файл ${mb(limits.maxFileBytes)} шегінен үлкен (IMPORT_MAX_FILE_BYTES=${limits.maxFileBytes}): оны кішірек файлдарға бөліңіз`,
  },
  en: {
    signIn: () => REFUSED.signInToImport,
    onlyImporters: () => REFUSED.onlyImporters,
    onlyOfficersImport: () => REFUSED.onlyOfficersImport,
    onlyChairImportsTargets: () => REFUSED.onlyChairImportsTargets,
    onlyRegionsImportSurveys: () => REFUSED.onlyRegionsImportSurveys,
    noTemplate: () => `no template; known: ${KNOWN()}`,
    eventType: () => `eventType must be one of ${KNOWN()}`,
    format: () => 'format must be csv or xlsx',
    noFile: () => 'send the file as the body or as a multipart file',
    notRunning: () => 'import is not running',
    noSuchJob: () => 'no such import job',
    tooLarge: (limits) => limitMessages.file(limits),
  },
};

const ERRORS: Record<ImportRefusal, string> = {
  signIn: 'Unauthorized',
  onlyImporters: 'Forbidden',
  onlyOfficersImport: 'Forbidden',
  onlyRegionsImportSurveys: 'Forbidden',
  onlyChairImportsTargets: 'Forbidden',
  noTemplate: 'Not Found',
  eventType: 'Bad Request',
  format: 'Bad Request',
  noFile: 'Bad Request',
  notRunning: 'Service Unavailable',
  noSuchJob: 'Not Found',
  tooLarge: 'Payload Too Large',
};

/** A refusal's body: its code (for a client's own words) and the message in the reader's language. */
export const importRefusal = (
  refusal: ImportRefusal,
  lang: ReaderLanguage,
  limits: ImportLimits,
): { error: string; code: ImportRefusal; message: string } => ({
  error: ERRORS[refusal],
  code: refusal,
  message: WORDS[lang][refusal](limits),
});
