import { COLORS, CONTENT_WIDTH, ensureRoom, PAGE, type Pdf } from './pdf-document.ts';

export interface Column {
  readonly header: string;
  /** A share of the content width; the shares of a table add up to 1. */
  readonly share: number;
  readonly align?: 'left' | 'right' | 'center';
}

export interface Cell {
  readonly text: string;
  readonly color?: string;
  readonly bold?: boolean;
}

const FONT_SIZE = 9;
const PADDING = 4;

const rowHeight = (doc: Pdf, columns: readonly Column[], cells: readonly Cell[]): number =>
  Math.max(
    ...cells.map((cell, i) => {
      doc.font(cell.bold ? 'bold' : 'regular').fontSize(FONT_SIZE);
      return doc.heightOfString(cell.text, { width: columns[i]!.share * CONTENT_WIDTH - 2 * PADDING });
    }),
  ) +
  2 * PADDING;

const drawRow = (doc: Pdf, columns: readonly Column[], cells: readonly Cell[], header: boolean): void => {
  const height = rowHeight(doc, columns, cells);
  ensureRoom(doc, height);
  const top = doc.y;
  if (header) doc.rect(PAGE.margin, top, CONTENT_WIDTH, height).fill('#eef2f6');
  let x = PAGE.margin;
  cells.forEach((cell, i) => {
    const column = columns[i]!;
    const width = column.share * CONTENT_WIDTH;
    doc
      .font(cell.bold || header ? 'bold' : 'regular')
      .fontSize(FONT_SIZE)
      .fillColor(cell.color ?? COLORS.text)
      .text(cell.text, x + PADDING, top + PADDING, {
        width: width - 2 * PADDING,
        align: column.align ?? 'left',
      });
    x += width;
  });
  doc
    .moveTo(PAGE.margin, top + height)
    .lineTo(PAGE.margin + CONTENT_WIDTH, top + height)
    .lineWidth(0.5)
    .strokeColor(COLORS.rule)
    .stroke();
  doc.x = PAGE.margin;
  doc.y = top + height;
};

/** A table with a header row, split across pages between rows; cells are plain text or coloured. */
export const table = (
  doc: Pdf,
  columns: readonly Column[],
  rows: readonly (readonly (Cell | string)[])[],
): void => {
  drawRow(
    doc,
    columns,
    columns.map((c) => ({ text: c.header })),
    true,
  );
  for (const row of rows) {
    drawRow(
      doc,
      columns,
      row.map((cell) => (typeof cell === 'string' ? { text: cell } : cell)),
      false,
    );
  }
  doc.fillColor(COLORS.text).font('regular');
};

/** One muted line where a section has nothing to show. */
export const emptyLine = (doc: Pdf, text: string): void => {
  doc
    .font('regular')
    .fontSize(9)
    .fillColor(COLORS.muted)
    .text(text, PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  doc.fillColor(COLORS.text);
};
