import { csvField } from '@kpi/schema';
import type { ReaderLanguage } from '../identity/reader-language.ts';
import {
  type Column,
  headerIn,
  headerOf,
  hintIn,
  IMPORT_LAYOUTS,
  IMPORT_TITLES,
  type ImportEventType,
} from './columns.ts';

/**
 * UTF-8 with a byte-order mark and semicolons: what Excel in a Russian locale opens correctly.
 * The header is in the reader's language; the import reads any of the three.
 */
export const csvTemplate = (type: ImportEventType, lang: ReaderLanguage = 'ru'): string =>
  `\uFEFF${IMPORT_LAYOUTS[type].map((c) => csvField(headerOf(c, lang))).join(';')}\r\n`;

const columnLetter = (index: number): string => {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
};

/** The workbook's own words, in the reader's language. */
const WORKBOOK_WORDS: Record<
  ReaderLanguage,
  {
    readonly data: string;
    readonly lists: string;
    readonly about: string;
    readonly column: string;
    readonly required: string;
    readonly format: string;
    readonly hint: string;
    readonly yes: string;
    readonly no: string;
    readonly chooseFromList: string;
    readonly oneType: (type: string) => string;
    readonly kinds: Record<Column['kind'], string>;
  }
> = {
  ru: {
    data: 'Данные',
    lists: 'Справочник',
    about: 'Описание',
    column: 'Столбец',
    required: 'Обязательный',
    format: 'Формат',
    hint: 'Пояснение',
    yes: 'да',
    no: 'нет',
    chooseFromList: 'Выберите значение из списка',
    oneType: (type) => `Тип события: ${type}. Один файл — один тип события.`,
    kinds: {
      text: 'текст',
      date: 'дата',
      enum: 'значение из списка',
      int: 'целое число',
      number: 'число',
      share: 'доля или процент',
      money: 'число',
      id: 'UUID',
      'id-list': 'список UUID',
    },
  },
  kk: {
    data: 'Деректер',
    lists: 'Анықтамалық',
    about: 'Сипаттама',
    column: 'Баған',
    required: 'Міндетті',
    format: 'Пішім',
    hint: 'Түсіндірме',
    yes: 'иә',
    no: 'жоқ',
    chooseFromList: 'Тізімнен мән таңдаңыз',
    oneType: (type) => `Оқиға түрі: ${type}. Бір файл — бір оқиға түрі.`,
    kinds: {
      text: 'мәтін',
      date: 'күн',
      enum: 'тізімнен мән',
      int: 'бүтін сан',
      number: 'сан',
      share: 'үлес немесе пайыз',
      money: 'сан',
      id: 'UUID',
      'id-list': 'UUID тізімі',
    },
  },
  en: {
    data: 'Data',
    lists: 'Lists',
    about: 'Description',
    column: 'Column',
    required: 'Required',
    format: 'Format',
    hint: 'Explanation',
    yes: 'yes',
    no: 'no',
    chooseFromList: 'Choose a value from the list',
    oneType: (type) => `Event type: ${type}. One file holds one event type.`,
    kinds: {
      text: 'text',
      date: 'date',
      enum: 'a value from the list',
      int: 'whole number',
      number: 'number',
      share: 'fraction or percentage',
      money: 'number',
      id: 'UUID',
      'id-list': 'list of UUIDs',
    },
  },
};

/**
 * The workbook an officer fills in, in the reader's language: the data sheet with the header and
 * drop-down lists for the closed vocabularies (kept on a hidden sheet, so the lists are not
 * limited to 255 characters), and a sheet describing each column.
 */
export const xlsxTemplate = async (type: ImportEventType, lang: ReaderLanguage = 'ru'): Promise<Buffer> => {
  const words = WORKBOOK_WORDS[lang];
  const layout: readonly Column[] = IMPORT_LAYOUTS[type];
  // Loaded when first asked for, as parse.ts does: the library costs every start 0.3-0.6 s.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  workbook.creator = 'KPI: causes removed';
  const data = workbook.addWorksheet(words.data, { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = workbook.addWorksheet(words.lists, { state: 'veryHidden' });
  const about = workbook.addWorksheet(words.about);

  data.columns = layout.map((c) => ({
    header: headerOf(c, lang),
    key: c.key,
    width: Math.max(18, headerOf(c, lang).length + 2),
  }));
  data.getRow(1).font = { bold: true };

  layout.forEach((column, index) => {
    const letter = columnLetter(index);
    if (column.kind === 'date') data.getColumn(index + 1).numFmt = 'yyyy-mm-dd';
    if (!column.values) return;
    const labels = Object.values(column.values).map((l) => l[lang]);
    labels.forEach((label, row) => {
      lists.getCell(row + 1, index + 1).value = label;
    });
    const range = `'${words.lists}'!$${letter}$1:$${letter}$${labels.length}`;
    for (let row = 2; row <= 1001; row++) {
      data.getCell(`${letter}${row}`).dataValidation = {
        type: 'list',
        allowBlank: !column.required,
        formulae: [range],
        showErrorMessage: true,
        errorTitle: headerIn(column, lang),
        error: words.chooseFromList,
      };
    }
  });

  about.columns = [
    { header: words.column, key: 'header', width: 40 },
    { header: words.required, key: 'required', width: 14 },
    { header: words.format, key: 'format', width: 20 },
    { header: words.hint, key: 'hint', width: 70 },
  ];
  about.getRow(1).font = { bold: true };
  about.addRow({ header: IMPORT_TITLES[type], hint: words.oneType(type) });
  for (const column of layout) {
    about.addRow({
      header: headerOf(column, lang),
      required: column.required ? words.yes : words.no,
      format: words.kinds[column.kind],
      hint: hintIn(column, lang),
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
