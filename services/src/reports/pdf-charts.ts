import { COLORS, CONTENT_WIDTH, ensureRoom, PAGE, type Pdf } from './pdf-document.ts';

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** The value as printed at the end of the bar. */
  readonly text: string;
  /** Printed after the value, in its own colour (a rank movement). */
  readonly note?: { readonly text: string; readonly color: string };
  readonly highlight?: boolean;
}

const LABEL_WIDTH = 170;
const NOTE_WIDTH = 90;

/** Horizontal bars drawn as vector shapes, one per row, scaled to the largest value. */
export const barChart = (doc: Pdf, bars: readonly Bar[], rowHeight = 15): void => {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const barSpace = CONTENT_WIDTH - LABEL_WIDTH - NOTE_WIDTH;
  for (const bar of bars) {
    ensureRoom(doc, rowHeight);
    const top = doc.y;
    doc
      .font(bar.highlight ? 'bold' : 'regular')
      .fontSize(8.5)
      .fillColor(COLORS.text)
      .text(bar.label, PAGE.margin, top + 2, { width: LABEL_WIDTH - 6, lineBreak: false, ellipsis: true });
    const width = (bar.value / max) * barSpace;
    const x = PAGE.margin + LABEL_WIDTH;
    doc
      .rect(x, top + 2, Math.max(width, 0.5), rowHeight - 5)
      .fill(bar.highlight ? COLORS.bar : COLORS.barMuted);
    doc
      .font('regular')
      .fontSize(8.5)
      .fillColor(COLORS.text)
      .text(bar.text, x + width + 4, top + 2, { lineBreak: false });
    if (bar.note) {
      doc
        .fillColor(bar.note.color)
        .text(bar.note.text, PAGE.margin + CONTENT_WIDTH - NOTE_WIDTH + 30, top + 2, {
          width: NOTE_WIDTH - 30,
          align: 'right',
          lineBreak: false,
        });
    }
    doc.x = PAGE.margin;
    doc.y = top + rowHeight;
  }
  doc.fillColor(COLORS.text);
};

export interface FunnelStep {
  readonly label: string;
  readonly value: number;
  readonly text: string;
  /** The share of the step before, printed under the step; absent for the first. */
  readonly share?: string;
}

/** The funnel as centred bars narrowing by their values, each with its count and its share of the step before. */
export const funnelChart = (doc: Pdf, steps: readonly FunnelStep[]): void => {
  const stepHeight = 34;
  ensureRoom(doc, steps.length * stepHeight + 10);
  const max = Math.max(1, ...steps.map((s) => s.value));
  const centre = PAGE.margin + CONTENT_WIDTH / 2 + 60;
  const widest = CONTENT_WIDTH - 260;
  steps.forEach((step, i) => {
    const top = doc.y;
    const width = Math.max(2, (step.value / max) * widest);
    doc.rect(centre - width / 2, top, width, 20).fill(i === steps.length - 1 ? COLORS.bar : COLORS.barMuted);
    doc
      .font('regular')
      .fontSize(9)
      .fillColor(COLORS.text)
      .text(step.label, PAGE.margin, top + 5, { width: 180, lineBreak: false, ellipsis: true });
    doc.font('bold').text(step.text, centre + width / 2 + 6, top + 5, { lineBreak: false });
    if (step.share) {
      doc
        .font('regular')
        .fontSize(7.5)
        .fillColor(COLORS.muted)
        .text(step.share, PAGE.margin, top + 21, { width: 180, lineBreak: false, ellipsis: true });
    }
    doc.x = PAGE.margin;
    doc.y = top + stepHeight;
  });
  doc.fillColor(COLORS.text).font('regular');
};
