/**
 * A chart as a file: a standalone SVG (the live chart's markup with its computed styles inlined, the
 * series the canvas draws added as paths, a title and a legend) and a PNG rendered from that SVG in
 * a local canvas. Nothing leaves the page.
 */
import { resolveColour } from '../theme.svelte';

export interface SeriesLayer {
  readonly label: string;
  readonly colour: string;
  /** Min/max band (filled, translucent), if any. */
  readonly band: string;
  readonly line: string;
  readonly dashed: boolean;
  readonly width: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const INLINED = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
];
const HEADER = 34;

/** `svg` must hold an empty `<g data-series-layer>` where the series go (under markers and cursor). */
export function standaloneSvg(svg: SVGSVGElement, layers: readonly SeriesLayer[], title: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const live = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  live.forEach((element, i) => {
    const style = getComputedStyle(element);
    const copy = copies[i] as SVGElement;
    for (const property of INLINED) copy.style.setProperty(property, style.getPropertyValue(property));
  });
  const host = svg.parentElement ?? document.body;
  const colour = (c: string) => resolveColour(host, c);
  const layer = clone.querySelector('[data-series-layer]');
  for (const s of layers) {
    if (s.band) layer?.append(path({ d: s.band, fill: colour(s.colour), opacity: '0.35' }));
    layer?.append(
      path({
        d: s.line,
        fill: 'none',
        stroke: colour(s.colour),
        'stroke-width': String(s.width),
        ...(s.dashed ? { 'stroke-dasharray': '5 3' } : {}),
      }),
    );
  }
  const [x0, y0, w, h] = (svg.getAttribute('viewBox') ?? '0 0 640 180').split(' ').map(Number) as [number, number, number, number];
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('viewBox', `${x0} ${y0 - HEADER} ${w} ${h + HEADER}`);
  clone.setAttribute('width', String(w * 1.5));
  clone.setAttribute('height', String((h + HEADER) * 1.5));
  clone.removeAttribute('style');
  const text = colour('var(--text)');
  const background = element('rect', {
    x: String(x0),
    y: String(y0 - HEADER),
    width: String(w),
    height: String(h + HEADER),
    fill: colour('var(--surface)'),
  });
  const heading = element('text', {
    x: String(x0 + 4),
    y: String(y0 - HEADER + 12),
    fill: text,
    'font-size': '11',
    'font-weight': '600',
    'font-family': 'sans-serif',
  });
  heading.textContent = title;
  clone.prepend(background, heading, legend(layers, colour, text, x0 + 4, y0 - HEADER + 27));
  return new XMLSerializer().serializeToString(clone);
}

/** Renders an SVG file to PNG at `scale` × its size. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

function legend(layers: readonly SeriesLayer[], colour: (c: string) => string, text: string, x: number, y: number): SVGGElement {
  const g = element('g', { 'font-size': '9', 'font-family': 'sans-serif', fill: text }) as SVGGElement;
  let at = x;
  for (const s of layers) {
    g.append(
      element('line', {
        x1: String(at),
        x2: String(at + 12),
        y1: String(y - 3),
        y2: String(y - 3),
        stroke: colour(s.colour),
        'stroke-width': '2.5',
        ...(s.dashed ? { 'stroke-dasharray': '3 2' } : {}),
      }),
    );
    const label = element('text', { x: String(at + 15), y: String(y) });
    label.textContent = s.label;
    g.append(label);
    at += 15 + s.label.length * 5 + 10;
  }
  return g;
}

function path(attributes: Record<string, string>): SVGElement {
  return element('path', attributes);
}

function element(name: string, attributes: Record<string, string>): SVGElement {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, v);
  return e;
}
