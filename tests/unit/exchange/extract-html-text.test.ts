import { describe, expect, test } from 'vitest';
import {
  decodeEntities,
  extractHtmlArticle,
} from '../../../src/domain/exchange/kinds/html-article';

describe('extractHtmlArticle (a tokenizer: no DOM, nothing runs or loads)', () => {
  test('keeps the article text block by block and its metadata; drops scripts, nav, images', () => {
    const html = `<!doctype html><html><head>
      <base href="https://evil.example/">
      <title>Shelling reported near Idlib</title>
      <meta property="og:site_name" content="Example Daily">
      <meta property="article:published_time" content="2024-11-30T08:00:00Z">
      <link rel="canonical" href="https://example.com/idlib">
      <link rel="stylesheet" href="https://evil.example/style.css">
      <script>window.__xss = 'head'</script>
    </head><body>
      <nav>Home | World | Sport</nav>
      <article>
        <h1>Shelling reported near Idlib</h1>
        <p>Government forces <b>shelled</b> villages near Idlib, a monitor said.</p>
        <img src="x" onerror="alert(1)"><img src="https://evil.example/p.png" alt="A map">
        <script>if (a < b) document.write('<p>not text</p>')</script>
        <p>Rebels said the attack killed civilians.<br>The army denied it.</p>
      </article>
      <footer>Copyright</footer>
    </body></html>`;
    expect(extractHtmlArticle(html)).toEqual({
      text: [
        'Shelling reported near Idlib',
        'Government forces shelled villages near Idlib, a monitor said.',
        'A map',
        'Rebels said the attack killed civilians.',
        'The army denied it.',
      ].join('\n\n'),
      title: 'Shelling reported near Idlib',
      outletName: 'Example Daily',
      published: '2024-11-30',
      url: 'https://example.com/idlib',
    });
  });

  test('without one <article>, <main> or else the whole body; the <h1> when there is no <title>', () => {
    const main = '<p>Outside</p><main><h1>Inside &amp; out</h1><p>Kept</p></main><p>Gone</p>';
    expect(extractHtmlArticle(main)).toMatchObject({
      text: 'Inside & out\n\nKept',
      title: 'Inside & out',
    });
    expect(extractHtmlArticle('<p>Forces <img src=x> at <b> dawn</b> <i>x</i></p>').text).toBe(
      'Forces at dawn x',
    );
    const two = '<article><p>One</p></article><article><p>Two</p></article>';
    expect(extractHtmlArticle(two).text).toBe('One\n\nTwo');
    // An unclosed <head> ends where <body> starts.
    expect(extractHtmlArticle('<head><title>T</title><body><p>Body</p>').text).toBe('Body');
  });

  test('preformatted lines, entities, comments and stray "<" are text as written', () => {
    const html =
      '<p>5 &lt; 6 &amp;&amp; caf&#233; &#x2014; &mdash;&nbsp;&unknown; <!-- <p>hidden</p> --></p>' +
      '<pre>line one\n  line two</pre><p>a < b</p>';
    // Each line of a <pre> is a paragraph (trimmed, as every paragraph is).
    expect(extractHtmlArticle(html).text).toBe(
      '5 < 6 && café — — &unknown;\n\nline one\n\nline two\n\na < b',
    );
    expect(decodeEntities('&#0;&#xD800;&#1114112;')).toBe('\ufffd\ufffd\ufffd');
  });

  test(
    '200,000 nested elements, closed or not, are read without recursion',
    { timeout: 60_000 },
    () => {
      const depth = 200_000;
      const closed = `${'<div>'.repeat(depth)}deep words${'</div>'.repeat(depth)}<p>after</p>`;
      expect(extractHtmlArticle(closed).text).toBe('deep words\n\nafter');
      const unclosed = `<p>start</p>${'<span><b>'.repeat(depth)}inner`;
      expect(extractHtmlArticle(unclosed).text).toBe('start\n\ninner');
    },
  );

  test('tells how far it has read, up to the whole input', () => {
    const html = '<p>word</p>'.repeat(100_000);
    const seen: number[] = [];
    extractHtmlArticle(html, (done, total) => {
      expect(total).toBe(html.length);
      seen.push(done);
    });
    // 1,100,000 characters in 11-character tags and texts: a report each time another 256 KiB
    // (262,144 characters) has been read — at about 262k, 524k, 786k and 1,049k — then the end.
    expect(seen.length).toBe(5);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(html.length);
  });

  // Quadratic or backtracking work on these inputs would run for hours: the test's timeout,
  // not a timing assertion, is what catches it.
  test('finishes on hostile input', { timeout: 60_000 }, () => {
    const hostile = [
      '<a "'.repeat(100_000),
      '<a '.padEnd(400_000, 'b'),
      '<style'.repeat(50_000),
      '<script>'.repeat(50_000),
      '<title>x'.repeat(50_000),
      '<!--'.repeat(100_000),
      '&#'.repeat(200_000),
    ];
    for (const input of hostile) expect(typeof extractHtmlArticle(input).text).toBe('string');
  });
});
