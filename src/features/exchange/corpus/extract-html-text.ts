import { safeHttpUrl } from '../../../domain/urls';

/**
 * The readable text of an HTML file, without running or loading anything: DOMParser builds an
 * inert document (no browsing context: scripts never run, nothing is fetched) and only its
 * text nodes are read. Block elements become paragraphs (one per line, as article texts are
 * stored); script, style and other non-text elements are skipped. Nothing from the file is
 * ever inserted into the page.
 *
 * Before parsing, event-handler and style attributes are renamed and <style> elements removed:
 * Chromium still tries (and, under the app's CSP, refuses) to compile `onerror`/`onload`
 * handlers and to apply inline styles of an inert document, which would be reported as CSP
 * violations. Renamed, they are plain data.
 */

export interface HtmlArticle {
  text: string;
  title: string;
  outletName: string;
  published: string;
  url: string | null;
}

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'CANVAS',
  'AUDIO',
  'VIDEO',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'NAV',
  'HEAD',
]);

/**
 * A start tag, with quoted attribute values (which may hold `>`) kept whole. No alternative
 * crosses a `<`, so every scan stops at the next tag: linear time on any input.
 */
const START_TAG = /<[a-zA-Z](?:"[^"<]*"|'[^'<]*'|[^'"<>])*>/g;
const ACTIVE_ATTRIBUTE = /([\s/"'])(on[a-z]+|style)(\s*=)/gi;

/** The HTML without its <style> elements (found with indexOf: linear time). */
function withoutStyleElements(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let at = 0;
  for (;;) {
    const open = lower.indexOf('<style', at);
    if (open === -1) return out + html.slice(at);
    out += html.slice(at, open);
    const close = lower.indexOf('</style', open);
    if (close === -1) return out;
    const end = lower.indexOf('>', close);
    if (end === -1) return out;
    at = end + 1;
  }
}

/** The HTML with no event handler, inline style or style sheet left to act on. */
export function neutralizeHtml(html: string): string {
  return withoutStyleElements(html).replace(START_TAG, (tag) =>
    tag.replace(ACTIVE_ATTRIBUTE, '$1data-inert-$2$3'),
  );
}

function meta(document: Document, ...names: string[]): string {
  for (const name of names) {
    const element =
      document.querySelector(`meta[property="${name}"]`) ??
      document.querySelector(`meta[name="${name}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return '';
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Text of the subtree, block by block; iterative, so a deeply nested file cannot overflow. */
function blockText(root: Element): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const trimmed = line.trim();
    if (trimmed !== '') lines.push(trimmed);
    line = '';
  };
  type Step = { node: Node; exit: boolean; pre: boolean };
  const stack: Step[] = [{ node: root, exit: false, pre: false }];
  while (stack.length > 0) {
    const step = stack.pop();
    if (!step) break;
    const { node, exit, pre } = step;
    if (node.nodeType === Node.TEXT_NODE) {
      const value = node.nodeValue ?? '';
      if (pre) {
        const parts = value.split('\n');
        parts.forEach((part, i) => {
          if (i > 0) flush();
          line += part;
        });
      } else line += collapse(value);
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (exit) {
      if (BLOCK.has(tag)) flush();
      continue;
    }
    if (SKIPPED.has(tag)) continue;
    if (tag === 'IMG') {
      // Alternative text stands for the image; the image itself is never loaded.
      const alt = element.getAttribute('alt')?.trim();
      if (alt) line += ` ${alt} `;
      continue;
    }
    if (BLOCK.has(tag)) flush();
    stack.push({ node, exit: true, pre });
    const inPre = pre || tag === 'PRE';
    const children = element.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, exit: false, pre: inPre });
    }
  }
  flush();
  return lines.join('\n\n');
}

function datePart(value: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value.trim());
  if (!match) return '';
  return [match[1], match[2], match[3]].filter(Boolean).join('-');
}

export function extractHtmlArticle(html: string): HtmlArticle {
  const document = new DOMParser().parseFromString(neutralizeHtml(html), 'text/html');
  const articles = document.querySelectorAll('article');
  const root =
    (articles.length === 1 ? articles[0] : null) ??
    document.querySelector('main') ??
    document.body ??
    document.documentElement;
  const heading = root.querySelector('h1')?.textContent ?? '';
  return {
    text: blockText(root),
    title: collapse(
      meta(document, 'og:title', 'twitter:title') || document.title || heading,
    ).trim(),
    outletName: meta(document, 'og:site_name', 'application-name'),
    published: datePart(
      meta(document, 'article:published_time', 'date', 'pubdate') ||
        (document.querySelector('time[datetime]')?.getAttribute('datetime') ?? ''),
    ),
    url: safeHttpUrl(
      document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
        meta(document, 'og:url'),
    ),
  };
}
