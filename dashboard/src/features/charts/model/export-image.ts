/** Saves a Blob under a file name through a temporary link: works offline and without pop-ups. */
export const download = (blob: Blob, fileName: string): void => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
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
export const svgDocument = (svg: SVGSVGElement, title: string): string => {
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
  const width = svg.clientWidth || Number(svg.getAttribute('width')) || 800;
  const height = svg.clientHeight || Number(svg.getAttribute('height')) || 400;
  const titleBand = 32;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height + titleBand));
  copy.setAttribute('viewBox', `0 ${-titleBand} ${width} ${height + titleBand}`);
  const ns = 'http://www.w3.org/2000/svg';
  const background = document.createElementNS(ns, 'rect');
  background.setAttribute('x', '0');
  background.setAttribute('y', String(-titleBand));
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height + titleBand));
  background.setAttribute('fill', '#ffffff');
  const heading = document.createElementNS(ns, 'text');
  heading.setAttribute('x', '12');
  heading.setAttribute('y', String(-titleBand / 2 + 6));
  heading.setAttribute('font-family', getComputedStyle(document.body).fontFamily);
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
