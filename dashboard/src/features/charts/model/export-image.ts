import { INK } from '@/components/palette.ts';
import { wrapLine } from './export-caption.ts';

/** Saves a Blob under a file name through a temporary link: works offline and without pop-ups. */
export const download = (blob: Blob, fileName: string): void => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser's download manager reads the blob after the click returns, later on a busy
  // machine: revoking too soon saves a file called "download". A minute costs only memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

/** A file name from a chart's title: letters of any script kept, everything else a dash. */
export const fileNameOf = (title: string, extension: string): string =>
  `${
    title
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'chart'
  }.${extension}`;

export interface LegendEntry {
  readonly label: string;
  readonly colour: string;
}

const NS = 'http://www.w3.org/2000/svg';

const textNode = (
  x: number,
  y: number,
  text: string,
  size: number,
  font: string,
  colour: string,
  weight?: string,
) => {
  const node = document.createElementNS(NS, 'text');
  node.setAttribute('x', String(x));
  node.setAttribute('y', String(y));
  node.setAttribute('font-family', font);
  node.setAttribute('font-size', String(size));
  node.setAttribute('fill', colour);
  if (weight) node.setAttribute('font-weight', weight);
  node.textContent = text;
  return node;
};

/** A copy of one drawn surface with its computed colours and fonts written on, so it looks the same outside the page. */
const inlined = (svg: SVGSVGElement): SVGGElement => {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const source = svg.querySelectorAll('*');
  const target = copy.querySelectorAll('*');
  source.forEach((element, i) => {
    const style = getComputedStyle(element);
    const node = target[i] as SVGElement;
    for (const property of [
      'fill',
      'stroke',
      'stroke-width',
      'stroke-dasharray',
      'fill-opacity',
      'stroke-opacity',
      'font-size',
      'font-family',
      'font-weight',
      'opacity',
    ]) {
      const value = style.getPropertyValue(property);
      if (value) node.style.setProperty(property, value);
    }
  });
  const group = document.createElementNS(NS, 'g');
  group.append(...copy.childNodes);
  return group;
};

/**
 * Runs `draw` with the page in its light theme: an exported picture goes onto white slides and
 * paper, and the computed colours it copies must not be the dark theme's pale ink. Synchronous, so
 * nothing is painted in between and the reader never sees the switch.
 */
const inLightTheme = <T>(draw: () => T): T => {
  const root = document.documentElement;
  const theme = root.dataset.theme;
  if (theme !== 'dark') return draw();
  root.dataset.theme = 'light';
  try {
    return draw();
  } finally {
    root.dataset.theme = theme;
  }
};

/**
 * How far a surface's drawing reaches left and right of its box: an axis label centred on the
 * last tick hangs past the surface's edge, and a picture cut at the edge loses half of it.
 */
const reachOf = (svg: SVGSVGElement, box: DOMRect): { left: number; right: number } => {
  const drawn = svg.getBBox();
  return { left: Math.min(0, drawn.x), right: Math.max(box.width, drawn.x + drawn.width) };
};

/**
 * The drawn chart as a standalone SVG document on a white background: the title, then the caption
 * (period, filters, "as known on"), then every panel of the chart one under another, then the
 * legend, wrapped to the width. Always the light picture, and wide enough for every axis label.
 */
export const svgDocument = (
  surfaces: readonly SVGSVGElement[],
  title: string,
  legend: readonly LegendEntry[] = [],
  caption: readonly string[] = [],
): string => inLightTheme(() => drawDocument(surfaces, title, legend, caption));

const drawDocument = (
  surfaces: readonly SVGSVGElement[],
  title: string,
  legend: readonly LegendEntry[],
  caption: readonly string[],
): string => {
  const font = getComputedStyle(document.body).fontFamily;
  const boxes = surfaces.map((svg) => svg.getBoundingClientRect());
  const reaches = surfaces.map((svg, i) => reachOf(svg, boxes[i]!));
  // The drawn size: a surface may be sized by CSS (100%), which means nothing outside the page.
  const overhang = Math.ceil(-Math.min(0, ...reaches.map((r) => r.left)));
  const margin = 8;
  const width = Math.ceil(Math.max(...reaches.map((r) => r.right), 0) + overhang + margin) || 800;
  const document_ = document.createElementNS(NS, 'svg');
  const parts: SVGElement[] = [];
  // Title and caption wrapped to the picture's width, at a generous width per character.
  let y = 6;
  for (const line of wrapLine(title, Math.floor((width - 24) / 9.5))) {
    y += 18;
    parts.push(textNode(12, y, line, 16, font, INK.text, '600'));
  }
  for (const line of caption.flatMap((text) => wrapLine(text, Math.floor((width - 24) / 7)))) {
    y += 18;
    parts.push(textNode(12, y, line, 12, font, INK.muted));
  }
  y += 10;
  surfaces.forEach((svg, i) => {
    const group = inlined(svg);
    group.setAttribute('transform', `translate(${overhang} ${y})`);
    parts.push(group);
    y += Math.round(boxes[i]!.height) || 400;
  });
  // The legend is HTML on the page; the file carries it as rows of swatches under the chart.
  let x = 12;
  if (legend.length > 0) y += 8;
  for (const entry of legend) {
    const advance = 28 + entry.label.length * 7;
    if (x > 12 && x + advance > width) {
      x = 12;
      y += 20;
    }
    const swatch = document.createElementNS(NS, 'rect');
    for (const [name, value] of [
      ['x', x],
      ['y', y],
      ['width', 12],
      ['height', 12],
      ['fill', entry.colour],
    ] as const)
      swatch.setAttribute(name, String(value));
    parts.push(swatch, textNode(x + 16, y + 10, entry.label, 12, font, INK.text));
    x += advance;
  }
  const height = y + (legend.length > 0 ? 24 : 8);
  const background = document.createElementNS(NS, 'rect');
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  background.setAttribute('fill', INK.background);
  document_.setAttribute('xmlns', NS);
  document_.setAttribute('width', String(width));
  document_.setAttribute('height', String(height));
  document_.setAttribute('viewBox', `0 0 ${width} ${height}`);
  document_.append(background, ...parts);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(document_)}`;
};

/** Renders the SVG document onto a canvas at twice the size (crisp on a projector) and encodes PNG. */
export const pngOf = async (svgText: string): Promise<Blob> => {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
};
