// A chart as a standalone SVG file: the drawing plus the lines that make it honest out of
// context (title, active filters, sources). Styles that come from stylesheets are copied
// onto each element, since the file will be opened without the page's CSS.
import { wrapLabel } from '../wrap-text.ts';

export interface SvgExportText {
  title: string;
  /** e.g. "Filters: metric killed; 2022-03-01 to 2022-04-01" */
  filters: string;
  /** e.g. "Sources: Reuters (reposted), 10 Mar 2022; …" */
  sources: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLE_PROPERTIES = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity',
  'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility',
] as const;
/** Elements that draw something; groups, titles and pattern internals keep their own attributes. */
const DRAWN = new Set(['rect', 'path', 'line', 'circle', 'ellipse', 'polyline', 'polygon', 'text', 'tspan']);
const LINE_HEIGHT = 18;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * Copies the computed look onto presentation attributes (fill="…", font-size="…"). Attributes
 * rather than style="…": the page's content security policy refuses inline style attributes,
 * and a standalone file has no stylesheet to outrank them anyway.
 */
function inlineComputedStyles(source: Element, target: Element): void {
  if (source.localName === 'pattern') return;
  if (DRAWN.has(source.localName)) {
    const computed = getComputedStyle(source);
    for (const property of STYLE_PROPERTIES) {
      const value = computed.getPropertyValue(property);
      if (value !== '') target.setAttribute(property, value);
    }
  }
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i++) {
    const child = targetChildren[i];
    if (child) inlineComputedStyles(sourceChildren[i]!, child);
  }
}

function textBlock(doc: Document, lines: string[], top: number, size: number, weight: string): Element[] {
  return lines.map((line, i) => {
    const text = doc.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', '12');
    text.setAttribute('y', String(top + (i + 1) * LINE_HEIGHT - 4));
    text.setAttribute('font-family', FONT);
    text.setAttribute('font-size', String(size));
    text.setAttribute('font-weight', weight);
    text.setAttribute('fill', '#111827');
    text.textContent = line;
    return text;
  });
}

export function buildExportSvg(chart: SVGSVGElement, text: SvgExportText): { svg: string; width: number; height: number } {
  const width = Number(chart.getAttribute('width')) || chart.getBoundingClientRect().width || 640;
  const chartHeight = Number(chart.getAttribute('height')) || chart.getBoundingClientRect().height || 320;
  const maxChars = Math.max(40, Math.floor(width / 7));
  const titleLines = wrapLabel(text.title, Math.floor(maxChars * 0.8));
  const footerLines = [...wrapLabel(text.filters, maxChars), ...wrapLabel(text.sources, maxChars)];
  const headerHeight = titleLines.length * LINE_HEIGHT + 12;
  const height = headerHeight + chartHeight + footerLines.length * LINE_HEIGHT + 12;

  const doc = chart.ownerDocument;
  const root = doc.createElementNS(SVG_NS, 'svg');
  // The serialiser writes the namespace declaration itself; setting it too would duplicate it.
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = text.title;
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  root.append(title, background, ...textBlock(doc, titleLines, 4, 16, '600'));

  const drawing = chart.cloneNode(true) as SVGSVGElement;
  inlineComputedStyles(chart, drawing);
  for (const attribute of ['role', 'tabindex', 'class', 'style']) drawing.removeAttribute(attribute);
  for (const focusable of drawing.querySelectorAll('[tabindex]')) focusable.removeAttribute('tabindex');
  drawing.setAttribute('x', '0');
  drawing.setAttribute('y', String(headerHeight));
  drawing.setAttribute('width', String(width));
  drawing.setAttribute('height', String(chartHeight));
  root.append(drawing, ...textBlock(doc, footerLines, headerHeight + chartHeight + 4, 12, '400'));

  return { svg: new XMLSerializer().serializeToString(root), width, height };
}
