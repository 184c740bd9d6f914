import type { LeadKpi, ReviewReport } from '@kpi/projections';
import { CAUSE_CATEGORIES } from '@kpi/schema';
import { formatChange, formatDay, formatInstant, formatValue, regionName } from './format.ts';
import { fill, REPORT_LABELS, type ReportLabels, type ReportLanguage } from './labels.ts';
import { barChart, funnelChart } from './pdf-charts.ts';
import {
  COLORS,
  CONTENT_WIDTH,
  ensureRoom,
  heading,
  newPdf,
  PAGE,
  type Pdf,
  pdfBytes,
} from './pdf-document.ts';
import { type Cell, emptyLine, table } from './pdf-table.ts';

export interface RenderOptions {
  readonly lang: ReportLanguage;
  /** The name to print for a user id (an author of a comment or the commentary). */
  readonly nameOf: (userId: string) => string;
  /** The instant the document is dated: the report's `asOf`, or when it was asked for. */
  readonly createdAt: Date;
}

const targetCells = (entry: LeadKpi, l: ReportLabels, lang: ReportLanguage): [Cell, Cell] => {
  if (!entry.target) return [{ text: '—' }, { text: l.statuses.notSet, color: COLORS.muted }];
  const sign = entry.target.direction === 'AT_LEAST' ? '≥' : '≤';
  const status = entry.target.status;
  return [
    { text: `${sign} ${formatValue(lang, entry.kpi, entry.target.value)}` },
    status ? { text: l.statuses[status], color: COLORS[status], bold: true } : { text: l.statuses.none },
  ];
};

const header = (doc: Pdf, report: ReviewReport, l: ReportLabels, lang: ReportLanguage): void => {
  doc.font('bold').fontSize(17).text(l.title, { width: CONTENT_WIDTH });
  doc
    .font('bold')
    .fontSize(13)
    .text(regionName(lang, report.unit, l.country))
    .moveDown(0.3);
  const range = `${formatDay(lang, report.range.from)} – ${formatDay(lang, report.range.to)}`;
  doc.font('regular').fontSize(10).text(`${l.period}: ${report.period} (${range})`);
  doc.text(`${l.asOf}: ${report.asOf ? formatInstant(lang, report.asOf) : l.asOfNow}`);
  doc
    .moveTo(PAGE.margin, doc.y + 6)
    .lineTo(PAGE.margin + CONTENT_WIDTH, doc.y + 6)
    .lineWidth(1)
    .strokeColor(COLORS.rule)
    .stroke();
  doc.moveDown(0.5);
};

const leadKpis = (doc: Pdf, report: ReviewReport, l: ReportLabels, lang: ReportLanguage): void => {
  heading(doc, l.leadKpis, `${l.previous}: ${report.previousPeriod}`);
  table(
    doc,
    [
      { header: l.kpi, share: 0.3 },
      { header: l.current, share: 0.13, align: 'right' },
      { header: l.previous, share: 0.14, align: 'right' },
      { header: l.change, share: 0.13, align: 'right' },
      { header: l.target, share: 0.13, align: 'right' },
      { header: l.status, share: 0.17 },
    ],
    report.leadKpis.map((entry) => [
      { text: l.kpis[entry.kpi], bold: true },
      formatValue(lang, entry.kpi, entry.current),
      formatValue(lang, entry.kpi, entry.previous),
      formatChange(lang, entry, l.points),
      ...targetCells(entry, l, lang),
    ]),
  );
};

const movement = (places: number): { text: string; color: string } =>
  places > 0
    ? { text: `▲ ${places}`, color: COLORS.MET }
    : places < 0
      ? { text: `▼ ${-places}`, color: COLORS.OFF_TRACK }
      : { text: '=', color: COLORS.muted };

const league = (doc: Pdf, report: ReviewReport, l: ReportLabels, lang: ReportLanguage): void => {
  heading(doc, l.league, l.leagueLead);
  if (report.league === null) {
    emptyLine(doc, l.leagueHidden);
    return;
  }
  barChart(
    doc,
    report.league.map((row) => ({
      label: `${row.rank}. ${regionName(lang, row.region, l.country)}`,
      value: row.causesRemoved,
      text: formatValue(lang, 'causesRemoved', row.causesRemoved),
      note: { ...movement(row.movement), text: `${movement(row.movement).text} (${row.previousRank})` },
      highlight: row.region === report.unit,
    })),
  );
};

const funnel = (doc: Pdf, report: ReviewReport, l: ReportLabels, lang: ReportLanguage): void => {
  heading(doc, l.funnel, l.funnelLead, 150);
  funnelChart(
    doc,
    report.funnel.map((step, i) => {
      const before = report.funnel[i - 1];
      const share =
        before && before.value > 0 ? formatValue(lang, 'removalRate', step.value / before.value) : null;
      return {
        label: l.kpis[step.kpi],
        value: step.value,
        text: formatValue(lang, step.kpi, step.value),
        ...(share ? { share: `${share} ← ${l.kpis[before!.kpi]}` } : {}),
      };
    }),
  );
};

const tables = (
  doc: Pdf,
  report: ReviewReport,
  l: ReportLabels,
  lang: ReportLanguage,
  nameOf: (id: string) => string,
) => {
  heading(doc, l.overdue);
  if (report.overdueByRegion.length === 0) emptyLine(doc, l.none);
  else
    table(
      doc,
      [
        { header: l.region, share: 0.75 },
        { header: l.overdueCount, share: 0.25, align: 'right' },
      ],
      report.overdueByRegion.map((row) => [regionName(lang, row.region, l.country), String(row.overdue)]),
    );
  heading(doc, l.hotSpots);
  if (report.hotSpots.length === 0) emptyLine(doc, l.none);
  else
    table(
      doc,
      [
        { header: l.organization, share: 0.25 },
        { header: l.process, share: 0.24 },
        { header: l.cause, share: 0.23 },
        // Wide enough for "Қайталанды" in bold on one line.
        { header: l.removed, share: 0.14, align: 'right' },
        { header: l.recurred, share: 0.14, align: 'right' },
      ],
      report.hotSpots.map((spot) => [
        `${spot.organization} (${regionName(lang, spot.region, l.country)})`,
        spot.process,
        CAUSE_CATEGORIES[spot.causeCategory as keyof typeof CAUSE_CATEGORIES]?.[lang] ?? spot.causeCategory,
        String(spot.removed),
        { text: String(spot.recurred), bold: true, color: COLORS.OFF_TRACK },
      ]),
    );
  heading(doc, l.figureComments);
  if (report.figureComments.length === 0) emptyLine(doc, l.none);
  else
    table(
      doc,
      [
        { header: l.date, share: 0.14 },
        { header: l.region, share: 0.2 },
        { header: l.comment, share: 0.46 },
        { header: l.author, share: 0.2 },
      ],
      report.figureComments.map((c) => [
        formatDay(lang, c.date),
        regionName(lang, c.unit, l.country),
        c.text,
        nameOf(c.author),
      ]),
    );
};

const commentary = (
  doc: Pdf,
  report: ReviewReport,
  l: ReportLabels,
  lang: ReportLanguage,
  nameOf: (id: string) => string,
) => {
  heading(doc, l.commentary);
  const text = report.commentary?.text ?? l.commentaryEmpty;
  doc.font('regular').fontSize(10);
  const height = Math.max(90, doc.heightOfString(text, { width: CONTENT_WIDTH - 20 }) + 30);
  ensureRoom(doc, height);
  const top = doc.y;
  doc.rect(PAGE.margin, top, CONTENT_WIDTH, height).lineWidth(0.8).strokeColor(COLORS.rule).stroke();
  doc
    .fillColor(report.commentary ? COLORS.text : COLORS.muted)
    .text(text, PAGE.margin + 10, top + 10, { width: CONTENT_WIDTH - 20 });
  if (report.commentary) {
    const by = fill(l.commentaryBy, {
      author: nameOf(report.commentary.writtenBy),
      date: formatInstant(lang, report.commentary.recordedAt),
    });
    doc
      .fontSize(8)
      .fillColor(COLORS.muted)
      .text(by, PAGE.margin + 10, top + height - 16, { width: CONTENT_WIDTH - 20 });
  }
  doc.fillColor(COLORS.text);
};

const pageNumbers = (doc: Pdf, l: ReportLabels, footer: string): void => {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const y = PAGE.height - PAGE.margin + 12;
    doc.font('regular').fontSize(7.5).fillColor(COLORS.muted);
    doc.text(footer, PAGE.margin, y, { width: CONTENT_WIDTH * 0.75, lineBreak: false, height: 10 });
    const page = fill(l.page, { page: i + 1, pages: count });
    doc.text(page, PAGE.margin + CONTENT_WIDTH * 0.75, y, {
      width: CONTENT_WIDTH * 0.25,
      align: 'right',
      lineBreak: false,
      height: 10,
    });
  }
};

/** The review report as a PDF in one language: tables, the league and funnel drawn as vectors. */
export const renderReviewPdf = (report: ReviewReport, options: RenderOptions): Promise<Buffer> => {
  const l = REPORT_LABELS[options.lang];
  const doc = newPdf({
    title: `${l.title}: ${report.period}`,
    lang: options.lang,
    createdAt: options.createdAt,
  });
  header(doc, report, l, options.lang);
  leadKpis(doc, report, l, options.lang);
  league(doc, report, l, options.lang);
  funnel(doc, report, l, options.lang);
  tables(doc, report, l, options.lang, options.nameOf);
  commentary(doc, report, l, options.lang, options.nameOf);
  pageNumbers(doc, l, `${l.title} · ${regionName(options.lang, report.unit, l.country)} · ${report.period}`);
  return pdfBytes(doc);
};
