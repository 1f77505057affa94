import { safeHttpUrl } from '../../urls';

/**
 * The readable text of an HTML file, read by a small tokenizer that never builds a document:
 * nothing in the file can run, load, resolve a URL (`<base href>`, `<img>`, `<link>` are only
 * tags to skip) or raise a CSP violation, and it works in a Web Worker, where DOMParser does not
 * exist. One pass over the input with an explicit element stack: linear time and no recursion,
 * so a file nested 200,000 levels deep is read like any other.
 *
 * Block elements become paragraphs (one per line, as article texts are stored); script, style
 * and other non-text elements are skipped; an image stands for its alternative text.
 */

export interface HtmlArticle {
  text: string;
  title: string;
  outletName: string;
  published: string;
  url: string | null;
}

const BLOCK = new Set(
  'address article aside blockquote br caption dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main ol p pre section summary table td th tr ul'.split(
    ' ',
  ),
);

/** Elements whose whole content is left out. */
const SKIPPED = new Set(
  'script style noscript template iframe object embed svg math canvas audio video button select textarea nav head'.split(
    ' ',
  ),
);

/** Elements whose content is raw text up to their end tag (no tags inside). */
const RAW_TEXT = new Set(
  'script style textarea title xmp iframe noembed noframes noscript plaintext'.split(' '),
);

const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' '),
);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  laquo: '\u00ab',
  raquo: '\u00bb',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  middot: '\u00b7',
  bull: '\u2022',
  shy: '\u00ad',
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));?/g;

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? whole;
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex ?? '', 16);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  });
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function isNameChar(code: number): boolean {
  // Anything but whitespace, `/`, `>` and `=` continues a tag or attribute name.
  return !(code <= 0x20 || code === 0x2f || code === 0x3e || code === 0x3d);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

interface Tag {
  name: string;
  /** Where the attributes start (just after the name). */
  attributesAt: number;
  selfClosing: boolean;
  /** Index just after the tag's `>` (or the end of the input). */
  end: number;
}

/**
 * Finds the end of a start or end tag whose name starts at `at` (just after `<` or `</`),
 * stepping over quoted attribute values (which may hold `>`). Attributes are only read, by
 * `readAttributes`, for the few tags whose attributes matter.
 */
function scanTag(html: string, at: number): Tag {
  let i = at;
  while (i < html.length && isNameChar(html.charCodeAt(i))) i++;
  const name = html.slice(at, i).toLowerCase();
  const attributesAt = i;
  while (i < html.length) {
    const code = html.charCodeAt(i);
    if (code === 0x3e) {
      return { name, attributesAt, selfClosing: html.charCodeAt(i - 1) === 0x2f, end: i + 1 };
    }
    i++;
    if (code !== 0x3d) continue;
    while (i < html.length && html.charCodeAt(i) <= 0x20) i++;
    const quote = html.charCodeAt(i);
    if (quote === 0x22 || quote === 0x27) {
      const close = html.indexOf(quote === 0x22 ? '"' : "'", i + 1);
      i = close === -1 ? html.length : close + 1;
    }
  }
  return { name, attributesAt, selfClosing: false, end: html.length };
}

/** The attributes of a tag found by `scanTag` (the first of each name wins, as in HTML). */
function readAttributes(html: string, tag: Tag): Map<string, string> {
  const attributes = new Map<string, string>();
  const stop = tag.end - 1;
  let i = tag.attributesAt;
  while (i < stop) {
    const code = html.charCodeAt(i);
    if (code <= 0x20 || code === 0x2f) {
      i++;
      continue;
    }
    const nameStart = i;
    i++;
    while (i < stop && isNameChar(html.charCodeAt(i))) i++;
    const attribute = html.slice(nameStart, i).toLowerCase();
    while (i < stop && html.charCodeAt(i) <= 0x20) i++;
    let value = '';
    if (html.charCodeAt(i) === 0x3d) {
      i++;
      while (i < stop && html.charCodeAt(i) <= 0x20) i++;
      const quote = html.charCodeAt(i);
      if (quote === 0x22 || quote === 0x27) {
        const close = html.indexOf(quote === 0x22 ? '"' : "'", i + 1);
        const end = close === -1 || close > stop ? stop : close;
        value = html.slice(i + 1, end);
        i = end + 1;
      } else {
        const valueStart = i;
        while (i < stop && html.charCodeAt(i) > 0x20) i++;
        value = html.slice(valueStart, i);
      }
    }
    if (!attributes.has(attribute)) attributes.set(attribute, decodeEntities(value));
  }
  return attributes;
}

/**
 * Where the end tag of a raw-text element starts, or -1: searched case-insensitively from
 * `from`, without a lower-cased copy of the input (lower-casing can change a text's length).
 */
function endTagIndex(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}`, 'gi');
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}

interface Open {
  name: string;
  skip: boolean;
  pre: boolean;
  /** Inside the first <article> / the first <main>. */
  article: boolean;
  main: boolean;
}

interface Line {
  text: string;
  article: boolean;
  main: boolean;
}

function datePart(value: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value.trim());
  if (!match) return '';
  return [match[1], match[2], match[3]].filter(Boolean).join('-');
}

const OUTSIDE: Open = { name: '', skip: false, pre: false, article: false, main: false };

/** How often (in characters of input) `onProgress` is told how far the reading is. */
const PROGRESS_STEP = 256 * 1024;

export function extractHtmlArticle(
  html: string,
  onProgress?: (done: number, total: number) => void,
): HtmlArticle {
  const lines: Line[] = [];
  const headings: Line[] = [];
  const meta = new Map<string, string>();
  let title: string | null = null;
  let canonical: string | null = null;
  let datetime: string | null = null;
  let articles = 0;
  let mains = 0;

  const stack: Open[] = [];
  const openCount = new Map<string, number>();
  let top: Open = OUTSIDE;
  let line = '';
  let heading: string | null = null;

  const flush = () => {
    const trimmed = line.trim();
    if (trimmed !== '') lines.push({ text: trimmed, article: top.article, main: top.main });
    line = '';
  };
  // Runs of white space collapse across elements too ("a <img> b" is "a b").
  const appendInline = (value: string) => {
    const collapsed = collapse(value);
    line += line.endsWith(' ') && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
  };
  const addText = (raw: string) => {
    if (top.skip || raw === '') return;
    const value = decodeEntities(raw);
    if (heading !== null) heading += value;
    if (!top.pre) {
      appendInline(value);
      return;
    }
    const parts = value.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) flush();
      line += part;
    });
  };
  const push = (name: string) => {
    const entry: Open = {
      name,
      skip: top.skip || SKIPPED.has(name),
      pre: top.pre || name === 'pre',
      article: top.article || (name === 'article' && articles === 1),
      main: top.main || (name === 'main' && mains === 1),
    };
    stack.push(entry);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    top = entry;
  };
  const popTo = (name: string) => {
    if (!openCount.get(name)) return;
    for (;;) {
      const closed = stack[stack.length - 1];
      if (!closed) break;
      // Flushed while the closing element is still on top: its line keeps its place.
      if (BLOCK.has(closed.name) && !closed.skip) flush();
      stack.pop();
      openCount.set(closed.name, (openCount.get(closed.name) ?? 1) - 1);
      top = stack[stack.length - 1] ?? OUTSIDE;
      if (closed.name === 'h1' && heading !== null) {
        headings.push({ text: heading, article: closed.article, main: closed.main });
        heading = null;
      }
      if (closed.name === name) break;
    }
  };

  let i = 0;
  let nextReport = PROGRESS_STEP;
  const n = html.length;
  while (i < n) {
    if (onProgress && i >= nextReport) {
      onProgress(i, n);
      nextReport = i + PROGRESS_STEP;
    }
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      addText(html.slice(i));
      break;
    }
    if (lt > i) addText(html.slice(i, lt));
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? n : close + 3;
      continue;
    }
    if (next === 0x21 || next === 0x3f) {
      // <!doctype>, <![CDATA[…]]>, <?xml?>: nothing to read.
      const close = html.indexOf('>', lt + 2);
      i = close === -1 ? n : close + 1;
      continue;
    }
    if (next === 0x2f && isAsciiLetter(html.charCodeAt(lt + 2))) {
      const tag = scanTag(html, lt + 2);
      i = tag.end;
      popTo(tag.name);
      if (BLOCK.has(tag.name) && !top.skip) flush();
      continue;
    }
    if (!isAsciiLetter(next)) {
      addText('<');
      i = lt + 1;
      continue;
    }
    const tag = scanTag(html, lt + 1);
    i = tag.end;
    const { name } = tag;
    if (name === 'body') popTo('head');
    if (name === 'meta') {
      const attributes = readAttributes(html, tag);
      const key = attributes.get('property') ?? attributes.get('name');
      const content = attributes.get('content')?.trim();
      if (key && content && !meta.has(key.toLowerCase())) meta.set(key.toLowerCase(), content);
      continue;
    }
    if (name === 'link') {
      const attributes = readAttributes(html, tag);
      const rel = attributes.get('rel')?.toLowerCase().split(/\s+/) ?? [];
      if (canonical === null && rel.includes('canonical'))
        canonical = attributes.get('href') ?? null;
      continue;
    }
    if (name === 'time' && datetime === null)
      datetime = readAttributes(html, tag).get('datetime') ?? null;
    if (RAW_TEXT.has(name)) {
      const close = endTagIndex(html, name, i);
      const stop = close === -1 ? n : close;
      if (name === 'title' && title === null) title = decodeEntities(html.slice(i, stop));
      else if (!SKIPPED.has(name) && !top.skip) addText(html.slice(i, stop));
      const end = close === -1 ? n : html.indexOf('>', close);
      i = end === -1 ? n : end + 1;
      continue;
    }
    if (name === 'img') {
      const alt = readAttributes(html, tag).get('alt')?.trim();
      if (alt && !top.skip) appendInline(` ${alt} `);
      continue;
    }
    if (BLOCK.has(name) && !top.skip) flush();
    if (VOID.has(name) || tag.selfClosing) continue;
    if (name === 'article') articles++;
    if (name === 'main') mains++;
    if (name === 'h1' && heading === null && !top.skip) heading = '';
    push(name);
  }
  flush();
  onProgress?.(n, n);

  const inRoot = (entry: Line) => (articles === 1 ? entry.article : mains > 0 ? entry.main : true);
  const metaValue = (...names: string[]) => {
    for (const name of names) {
      const value = meta.get(name);
      if (value) return value;
    }
    return '';
  };
  const firstHeading = headings.find(inRoot)?.text ?? '';
  return {
    text: lines
      .filter(inRoot)
      .map((entry) => entry.text)
      .join('\n\n'),
    title: collapse(
      metaValue('og:title', 'twitter:title') || (title ?? '').trim() || firstHeading,
    ).trim(),
    outletName: metaValue('og:site_name', 'application-name'),
    published: datePart(metaValue('article:published_time', 'date', 'pubdate') || (datetime ?? '')),
    url: safeHttpUrl(canonical ?? metaValue('og:url')),
  };
}
