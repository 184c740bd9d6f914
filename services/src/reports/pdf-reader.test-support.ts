import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Reads a PDF back with poppler-utils (Debian's `poppler-utils`), not with the library that wrote
 * it: the text as a reader extracts it, and page 1 rendered as pixels.
 */
const withFile = <T>(pdf: Buffer, use: (file: string, dir: string) => T): T => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    return use(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export const pdfText = (pdf: Buffer): string =>
  withFile(pdf, (file) =>
    execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
  );

export const pdfPageCount = (pdf: Buffer): number =>
  withFile(pdf, (file) =>
    Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]),
  );

/** Page 1 in grey at `dpi`, and the share of its pixels that are not (near) white. */
export const firstPageInk = (pdf: Buffer, dpi = 50): { width: number; height: number; inkShare: number } =>
  withFile(pdf, (file, dir) => {
    execFileSync('pdftoppm', [
      '-gray',
      '-r',
      String(dpi),
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      file,
      join(dir, 'page'),
    ]);
    const pgm = readFileSync(join(dir, 'page.pgm'));
    // Binary PGM: "P5", width, height, max value, each separated by whitespace, then one byte a pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not write a binary PGM');
    const [width, height] = [Number(header[1]), Number(header[2])];
    const pixels = pgm.subarray(header[0].length);
    let ink = 0;
    for (const value of pixels) if (value < 230) ink += 1;
    return { width, height, inkShare: ink / pixels.length };
  });
