import { csvField } from '@kpi/schema';
import ExcelJS from 'exceljs';
import { type Column, headerOf, IMPORT_LAYOUTS, IMPORT_TITLES, type ImportEventType } from './columns.ts';

/** UTF-8 with a byte-order mark and semicolons: what Excel in a Russian locale opens correctly. */
export const csvTemplate = (type: ImportEventType): string =>
  `\uFEFF${IMPORT_LAYOUTS[type].map((c) => csvField(headerOf(c))).join(';')}\r\n`;

const columnLetter = (index: number): string => {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
};

const FORMAT: Record<Column['kind'], string> = {
  text: 'текст',
  date: 'дата',
  enum: 'значение из списка',
  int: 'целое число',
  number: 'число',
  share: 'доля или процент',
  money: 'число',
  id: 'UUID',
  'id-list': 'список UUID',
};

/**
 * The workbook an officer fills in: the sheet "Данные" with the header and drop-down lists for
 * the closed vocabularies (kept on a hidden sheet, so the lists are not limited to 255 characters),
 * and a sheet describing each column.
 */
export const xlsxTemplate = async (type: ImportEventType): Promise<Buffer> => {
  const layout: readonly Column[] = IMPORT_LAYOUTS[type];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KPI: causes removed';
  const data = workbook.addWorksheet('Данные', { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = workbook.addWorksheet('Справочник', { state: 'veryHidden' });
  const about = workbook.addWorksheet('Описание');

  data.columns = layout.map((c) => ({
    header: headerOf(c),
    key: c.key,
    width: Math.max(18, headerOf(c).length + 2),
  }));
  data.getRow(1).font = { bold: true };

  layout.forEach((column, index) => {
    const letter = columnLetter(index);
    if (column.kind === 'date') data.getColumn(index + 1).numFmt = 'yyyy-mm-dd';
    if (!column.values) return;
    const labels = Object.values(column.values).map((l) => l.ru);
    labels.forEach((label, row) => {
      lists.getCell(row + 1, index + 1).value = label;
    });
    const range = `Справочник!$${letter}$1:$${letter}$${labels.length}`;
    for (let row = 2; row <= 1001; row++) {
      data.getCell(`${letter}${row}`).dataValidation = {
        type: 'list',
        allowBlank: !column.required,
        formulae: [range],
        showErrorMessage: true,
        errorTitle: column.header,
        error: 'Выберите значение из списка',
      };
    }
  });

  about.columns = [
    { header: 'Столбец', key: 'header', width: 40 },
    { header: 'Обязательный', key: 'required', width: 14 },
    { header: 'Формат', key: 'format', width: 20 },
    { header: 'Пояснение', key: 'hint', width: 70 },
    { header: 'Түсіндірме', key: 'hintKk', width: 70 },
    { header: 'Explanation', key: 'hintEn', width: 70 },
  ];
  about.getRow(1).font = { bold: true };
  about.addRow({ header: IMPORT_TITLES[type], hint: `Тип события: ${type}. Один файл — один тип события.` });
  for (const column of layout) {
    about.addRow({
      header: headerOf(column),
      required: column.required ? 'да' : 'нет',
      format: FORMAT[column.kind],
      hint: column.hint,
      hintKk: column.hints?.kk,
      hintEn: column.hints?.en,
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
