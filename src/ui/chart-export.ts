const SVG_NS = 'http://www.w3.org/2000/svg';

function dimensions(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  const width = box && box.width > 0 ? box.width : svg.width.baseVal.value;
  const height = box && box.height > 0 ? box.height : svg.height.baseVal.value;
  return { width: Math.ceil(width), height: Math.ceil(height) };
}

/**
 * A standalone SVG file of a chart: a copy with its namespace, explicit size and a white
 * background (the page behind it is not part of the file), serialised with XMLSerializer.
 */
export function svgMarkup(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = dimensions(svg);
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', 'white');
  copy.insertBefore(background, copy.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

export function svgBlob(svg: SVGSVGElement): Blob {
  return new Blob([svgMarkup(svg)], { type: 'image/svg+xml;charset=utf-8' });
}

/**
 * A PNG of a chart: the SVG file is loaded as an image from a blob: URL (allowed by the
 * app's img-src) and drawn onto a canvas at `scale` times its size.
 */
export async function pngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = dimensions(svg);
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the chart into an image.');
    context.fillStyle = 'white';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new Error('The chart could not be made into a PNG.')),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Several chart parts (legend, chart) stacked into one SVG, for export. */
export function stackSvgs(parts: readonly SVGSVGElement[]): SVGSVGElement | null {
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0] ?? null;
  const root = document.createElementNS(SVG_NS, 'svg');
  let y = 0;
  let width = 0;
  for (const part of parts) {
    const size = dimensions(part);
    const copy = part.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('x', '0');
    copy.setAttribute('y', String(y));
    copy.setAttribute('width', String(size.width));
    copy.setAttribute('height', String(size.height));
    root.append(copy);
    y += size.height + 8;
    width = Math.max(width, size.width);
  }
  const height = y - 8;
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return root;
}
