import type { Label } from '@kpi/schema';

/**
 * The layouts' Russian headers in Kazakh and English: a template is downloaded in the reader's
 * language, and a file is read whichever of the three its header is written in.
 */
export const HEADER_WORDS: Readonly<Record<string, Omit<Label, 'ru'>>> = {
  Регион: { kk: 'Өңір', en: 'Region' },
  Организация: { kk: 'Ұйым', en: 'Organization' },
  Процесс: { kk: 'Процесс', en: 'Process' },
  Сфера: { kk: 'Сала', en: 'Sphere' },
  'Категория причины': { kk: 'Себеп санаты', en: 'Cause category' },
  Источник: { kk: 'Дереккөз', en: 'Source' },
  Описание: { kk: 'Сипаттама', en: 'Description' },
  'Дата выявления': { kk: 'Анықталған күні', en: 'Date identified' },
  'Код района по КАТО': { kk: 'Ауданның ҚАТО коды', en: 'District KATO code' },
  'Центральный орган': { kk: 'Орталық орган', en: 'Central body' },
  'Регион проведения': { kk: 'Өткізілген өңір', en: 'Region where held' },
  'Название района': { kk: 'Аудан атауы', en: 'District name' },
  'ID риска': { kk: 'Тәуекел ID', en: 'Risk ID' },
  Основание: { kk: 'Негіздеме', en: 'Reason' },
  'Дата переклассификации': { kk: 'Қайта жіктеу күні', en: 'Date reclassified' },
  'Дата отзыва': { kk: 'Кері қайтару күні', en: 'Date withdrawn' },
  'Текст рекомендации': { kk: 'Ұсыным мәтіні', en: 'Recommendation text' },
  'Срок исполнения': { kk: 'Орындау мерзімі', en: 'Due date' },
  'Дата выдачи': { kk: 'Берілген күні', en: 'Date issued' },
  'ID рекомендации': { kk: 'Ұсыным ID', en: 'Recommendation ID' },
  'Дата отклонения': { kk: 'Қабылдамау күні', en: 'Date rejected' },
  'Новый срок': { kk: 'Жаңа мерзім', en: 'New due date' },
  'Дата переноса': { kk: 'Ауыстыру күні', en: 'Date moved' },
  'Вид преобразования': { kk: 'Трансформация түрі', en: 'Transformation kind' },
  'Устранённые риски': { kk: 'Жойылған тәуекелдер', en: 'Risks removed' },
  'Исполненные рекомендации': { kk: 'Орындалған ұсынымдар', en: 'Recommendations implemented' },
  'Дата преобразования': { kk: 'Трансформация күні', en: 'Date transformed' },
  'Вид восстановления': { kk: 'Қалпына келтіру түрі', en: 'Kind of restoration' },
  'Число лиц': { kk: 'Адамдар саны', en: 'Number of people' },
  'Сумма, тенге': { kk: 'Сома, теңге', en: 'Amount, tenge' },
  'Дата восстановления': { kk: 'Қалпына келтірілген күні', en: 'Date restored' },
  'Группа населения': { kk: 'Халық тобы', en: 'Population group' },
  'Число респондентов': { kk: 'Респонденттер саны', en: 'Respondents' },
  'Доля столкнувшихся с коррупцией': {
    kk: 'Сыбайлас жемқорлыққа тап болғандар үлесі',
    en: 'Share who faced corruption',
  },
  'Индекс восприятия': { kk: 'Қабылдау индексі', en: 'Perception index' },
  'Метод опроса': { kk: 'Сауалнама әдісі', en: 'Survey method' },
  'Окончание полевого этапа': { kk: 'Далалық кезеңнің аяқталуы', en: 'Fieldwork ended' },
  'Принято граждан': { kk: 'Қабылданған азаматтар', en: 'Citizens received' },
  'Поднято вопросов': { kk: 'Көтерілген мәселелер', en: 'Issues raised' },
  'Дата приёма': { kk: 'Қабылдау күні', en: 'Date of reception' },
  Показатель: { kk: 'Көрсеткіш', en: 'Indicator' },
  'Регион или страна': { kk: 'Өңір немесе ел', en: 'Region or country' },
  Период: { kk: 'Кезең', en: 'Period' },
  'Целевое значение': { kk: 'Нысаналы мән', en: 'Target value' },
  Направление: { kk: 'Бағыт', en: 'Direction' },
  'Дата установки': { kk: 'Белгіленген күні', en: 'Date set' },
};

/** The layouts' Russian hints, where a column gives no others, in Kazakh and English (as the import page says them). */
export const HINT_WORDS: Readonly<Record<string, Omit<Label, 'ru'>>> = {
  'код ISO 3166-2:KZ (KZ-71) или название; только ваш регион': {
    kk: 'ISO 3166-2:KZ коды (KZ-71) немесе атауы; тек өз өңіріңіз',
    en: 'ISO 3166-2:KZ code (KZ-71) or name; your region only',
  },
  'код ISO 3166-2:KZ (KZ-71) или название; региональный сотрудник — только свой регион, сотрудник центрального органа — где находится работа':
    {
      kk: 'ISO 3166-2:KZ коды (KZ-71) немесе атауы; өңірлік қызметкер — тек өз өңірі, орталық орган қызметкері — жұмыс жүргізілетін өңір',
      en: "ISO 3166-2:KZ code (KZ-71) or name; a regional officer their own region only, a central body's officer where the work sits",
    },
  'госорган, где находится риск; до 300 символов': {
    kk: 'тәуекел бар мемлекеттік орган; 300 таңбаға дейін',
    en: 'the government body where the risk is; up to 300 characters',
  },
  'госуслуга или бизнес-процесс; до 300 символов': {
    kk: 'мемлекеттік қызмет немесе бизнес-процесс; 300 таңбаға дейін',
    en: 'public service or business process; up to 300 characters',
  },
  'код или название сферы': { kk: 'саланың коды немесе атауы', en: 'code or name of the sphere' },
  'код или название категории': { kk: 'санаттың коды немесе атауы', en: 'code or name of the category' },
  'код или название источника': { kk: 'дереккөздің коды немесе атауы', en: 'code or name of the source' },
  'до 5000 символов': { kk: '5000 таңбаға дейін', en: 'up to 5000 characters' },
  'ГГГГ-ММ-ДД или ДД.ММ.ГГГГ; не в будущем': {
    kk: 'ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ; болашақта емес',
    en: 'YYYY-MM-DD or DD.MM.YYYY; not in the future',
  },
  'UUID риска из системы': { kk: 'жүйедегі тәуекелдің UUID-і', en: 'the risk’s UUID from the system' },
  'новое значение, если меняется': { kk: 'өзгерсе, жаңа мәні', en: 'the new value, if it changes' },
  'почему вносится исправление; до 2000 символов': {
    kk: 'түзету неге енгізіледі; 2000 таңбаға дейін',
    en: 'why the correction is made; up to 2000 characters',
  },
  'новый район, если меняется: 9 цифр КАТО вашего региона': {
    kk: 'өзгерсе, жаңа аудан: өңіріңіздің 9 цифрлы ҚАТО коды',
    en: 'the new district, if it changes: 9 KATO digits of your region',
  },
  'ГГГГ-ММ-ДД или ДД.ММ.ГГГГ; не раньше даты выдачи': {
    kk: 'ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ; берілген күннен ерте емес',
    en: 'YYYY-MM-DD or DD.MM.YYYY; not before the date of issue',
  },
  'UUID рекомендации из системы': {
    kk: 'жүйедегі ұсынымның UUID-і',
    en: 'the recommendation’s UUID from the system',
  },
  'ГГГГ-ММ-ДД или ДД.ММ.ГГГГ': { kk: 'ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ', en: 'YYYY-MM-DD or DD.MM.YYYY' },
  'код или название': { kk: 'коды немесе атауы', en: 'code or name' },
  'UUID рисков через точку с запятой': {
    kk: 'тәуекелдердің UUID-тері нүктелі үтір арқылы',
    en: 'risk UUIDs separated by semicolons',
  },
  'UUID рекомендаций через точку с запятой': {
    kk: 'ұсынымдардың UUID-тері нүктелі үтір арқылы',
    en: 'recommendation UUIDs separated by semicolons',
  },
  'госорган, восстановивший право; обязательно, если не указан риск, иначе берётся из риска': {
    kk: 'құқықты қалпына келтірген мемлекеттік орган; тәуекел көрсетілмесе міндетті, әйтпесе тәуекелден алынады',
    en: 'the government body that restored the right; required without a risk, otherwise taken from the risk',
  },
  'код или название сферы; обязательно, если не указан риск, иначе берётся из риска': {
    kk: 'саланың коды немесе атауы; тәуекел көрсетілмесе міндетті, әйтпесе тәуекелден алынады',
    en: 'code or name of the sphere; required without a risk, otherwise taken from the risk',
  },
  'целое, не меньше 1': { kk: 'бүтін сан, кемінде 1', en: 'a whole number, at least 1' },
  'если известна; не больше двух знаков после запятой': {
    kk: 'белгілі болса; үтірден кейін екі таңбадан артық емес',
    en: 'if known; at most two decimal places',
  },
  'UUID выявленного риска, если есть': {
    kk: 'анықталған тәуекелдің UUID-і, болса',
    en: 'the UUID of the risk found, if any',
  },
};
