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

/**
 * The drawn chart as a standalone SVG document: computed colours and fonts are written onto the
 * copy, so it looks the same outside the page, with a white background and the title on top.
 */
export interface LegendEntry {
  readonly label: string;
  readonly colour: string;
}

export const svgDocument = (
  svg: SVGSVGElement,
  title: string,
  legend: readonly LegendEntry[] = [],
): string => {
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
      'font-size',
      'font-family',
      'font-weight',
      'opacity',
    ]) {
      const value = style.getPropertyValue(property);
      if (value) node.style.setProperty(property, value);
    }
  });
  // The drawn size: the surface may be sized by CSS (100%), which means nothing outside the page.
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width) || 800;
  const height = Math.round(box.height) || 400;
  copy.removeAttribute('style');
  const titleBand = 32;
  // The legend is HTML on the page; the file carries it as one line of swatches under the chart.
  const legendBand = legend.length > 0 ? 28 : 0;
  const total = height + titleBand + legendBand;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(total));
  copy.setAttribute('viewBox', `0 ${-titleBand} ${width} ${total}`);
  const ns = 'http://www.w3.org/2000/svg';
  const font = getComputedStyle(document.body).fontFamily;
  let x = 12;
  for (const entry of legend) {
    const swatch = document.createElementNS(ns, 'rect');
    swatch.setAttribute('x', String(x));
    swatch.setAttribute('y', String(height + 8));
    swatch.setAttribute('width', '12');
    swatch.setAttribute('height', '12');
    swatch.setAttribute('fill', entry.colour);
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', String(x + 16));
    label.setAttribute('y', String(height + 18));
    label.setAttribute('font-family', font);
    label.setAttribute('font-size', '12');
    label.setAttribute('fill', '#14202e');
    label.textContent = entry.label;
    copy.append(swatch, label);
    x += 28 + entry.label.length * 7;
  }
  const background = document.createElementNS(ns, 'rect');
  background.setAttribute('x', '0');
  background.setAttribute('y', String(-titleBand));
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(total));
  background.setAttribute('fill', '#ffffff');
  const heading = document.createElementNS(ns, 'text');
  heading.setAttribute('x', '12');
  heading.setAttribute('y', String(-titleBand / 2 + 6));
  heading.setAttribute('font-family', font);
  heading.setAttribute('font-size', '16');
  heading.setAttribute('font-weight', '600');
  heading.setAttribute('fill', '#14202e');
  heading.textContent = title;
  copy.prepend(background, heading);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
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
