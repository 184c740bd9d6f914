import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
// DejaVu Sans covers Cyrillic and every Kazakh letter (Ә Ғ Қ Ң Ө Ұ Ү Һ І); pdfkit embeds the
// glyphs used as a subset, so any reader shows them without the font installed.
const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
} as const;

export type Pdf = PDFKit.PDFDocument;

export const PAGE = { width: 595.28, height: 841.89, margin: 42 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const COLORS = {
  text: '#1f2933',
  muted: '#5f6b7a',
  rule: '#c9d1db',
  bar: '#2f6fb3',
  barMuted: '#9db8d9',
  MET: '#1e7b45',
  AT_RISK: '#b7791f',
  OFF_TRACK: '#c0392b',
} as const;

/**
 * An A4 document with the fonts registered and its dates fixed to `createdAt`: the same report
 * at the same instant is the same bytes, so a past report can be compared with itself.
 */
export const newPdf = (meta: { title: string; lang: string; createdAt: Date }): Pdf => {
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    bufferPages: true,
    lang: meta.lang,
    info: {
      Title: meta.title,
      CreationDate: meta.createdAt,
      ModDate: meta.createdAt,
      Producer: 'KPI',
      Creator: 'KPI',
    },
  });
  doc.registerFont('regular', FONT_FILES.regular);
  doc.registerFont('bold', FONT_FILES.bold);
  doc.font('regular').fillColor(COLORS.text);
  return doc;
};

/** Ends the document and collects its bytes. */
export const pdfBytes = (doc: Pdf): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });

/** Starts a new page when fewer than `height` points are left on this one. */
export const ensureRoom = (doc: Pdf, height: number): void => {
  if (doc.y + height > PAGE.height - PAGE.margin - 20) doc.addPage();
};

/** A section heading, kept on one page with the first `keep` points after it. */
export const heading = (doc: Pdf, text: string, lead?: string, keep = 90): void => {
  ensureRoom(doc, keep);
  doc.moveDown(0.8);
  doc
    .font('bold')
    .fontSize(12.5)
    .fillColor(COLORS.text)
    .text(text, PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  if (lead) doc.font('regular').fontSize(8.5).fillColor(COLORS.muted).text(lead, { width: CONTENT_WIDTH });
  doc.moveDown(0.4).font('regular').fillColor(COLORS.text);
};
