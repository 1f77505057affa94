// Turns the measurements into the table printed, and written to bench/results.{json,md}.
import { summarize } from './stats.mjs';

const ms = (value) =>
  `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en')} ms`;
const mbs = (value) => `${value.toFixed(0)} MB/s`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const spread = (stats, format) =>
  `${format(stats.median)} (${format(stats.min)}–${format(stats.max)})`;

/** A row for "FrameLens takes at most `limit` times as long as `baseline`" (medians). */
function slowdownRow({ id, measure, ours: oursRuns, theirs: theirsRuns, baseline, limit }) {
  const ours = summarize(oursRuns);
  const theirs = summarize(theirsRuns);
  const ratio = ours.median / theirs.median;
  return {
    id,
    measure,
    ours: spread(ours, ms),
    comparison: `${baseline} ${spread(theirs, ms)}`,
    ratio,
    ratioText: `${ratio.toFixed(2)}×`,
    budget: `≤ ${limit}×`,
    met: ratio <= limit,
  };
}

function classroomRows(classroom) {
  const { students, annotations } = classroom.seeded;
  const longest = summarize(classroom.longestTask);
  const oneFile = summarize(classroom.longestTaskOneFile);
  const onPage = summarize(classroom.onPage.longestTask);
  return [
    slowdownRow({
      id: 'classroom',
      measure: `Classroom: ${students} hand-ins (${annotations.toLocaleString('en')} annotations) opened at once and scored`,
      ours: classroom.ours,
      theirs: classroom.theirs,
      baseline: 'the same annotations as one FrameLens file',
      limit: 1.5,
    }),
    {
      id: 'classroom-longest-task',
      measure: `Classroom page: longest main-thread task while the ${students} hand-ins are chosen, previewed and opened`,
      ours: spread(onPage, ms),
      comparison: `opened after ${spread(summarize(classroom.onPage.ms), ms)}; in the bench page, with scoring: ${spread(longest, ms)} (the one-file import there: ${spread(oneFile, ms)})`,
      ratio: onPage.median / 100,
      ratioText: `${(onPage.median / 100).toFixed(2)} of budget`,
      budget: '≤ 100 ms',
      met: onPage.max <= 100,
    },
  ];
}

function agreementRow(agreement) {
  const { annotators, articles, annotations } = agreement.seeded;
  return slowdownRow({
    id: 'agreement',
    measure: `Agreement: every measure for ${annotators} annotators × ${articles} articles (${annotations.toLocaleString('en')} annotations), read and computed in the worker`,
    ours: agreement.ours,
    theirs: agreement.theirs,
    baseline: 'read annotations table in a worker',
    limit: 1.5,
  });
}

function mapRow(map) {
  const { map: coded, single } = map.seeded;
  return slowdownRow({
    id: 'map',
    measure: `Reader: open the disagreement map of ${coded.annotators} annotators (${coded.annotations.toLocaleString('en')} annotations) on the ${coded.words.toLocaleString('en')}-word article, painted`,
    ours: map.ours,
    theirs: map.theirs,
    baseline: `the same article with one annotator's ${single.annotations.toLocaleString('en')} annotations`,
    limit: 1.2,
  });
}

function readerOpenRows(reader, size) {
  const ours = summarize(reader.ours);
  const theirs = summarize(reader.theirs);
  const first = summarize(reader.firstScreen);
  const longest = summarize(reader.longestTask);
  const inView = summarize(reader.inView);
  const article = `${size.words.toLocaleString('en')}-word article with ${size.annotations.toLocaleString('en')} annotations`;
  return [
    {
      id: 'reader-first-screen',
      measure: `Reader: open ${article}, first screen painted (the paragraphs in view with their ${inView.median} annotations; the rest is painted after)`,
      ours: spread(first, ms),
      comparison: `@recogito/text-annotator, all annotations painted (it has no first-screen mode) ${spread(theirs, ms)}`,
      ratio: theirs.median / first.median,
      ratioText: `${(theirs.median / first.median).toFixed(2)}× faster`,
      budget: '≥ 4× faster',
      met: theirs.median / first.median >= 4,
    },
    {
      id: 'reader-open',
      measure: `Reader: open ${article}, all highlights painted`,
      ours: spread(ours, ms),
      comparison: `@recogito/text-annotator ${spread(theirs, ms)}`,
      ratio: ours.median / theirs.median,
      ratioText: `${(ours.median / theirs.median).toFixed(2)}× its time`,
      budget: '≤ 1× its time',
      met: ours.median <= theirs.median,
    },
    {
      id: 'reader-longest-task',
      measure: `Reader: open ${article}: longest main-thread task, from the mount until a quiet second after all is painted (suggestions included)`,
      ours: spread(longest, ms),
      comparison: '—',
      ratio: longest.median / 50,
      ratioText: `${(longest.median / 50).toFixed(2)} of budget`,
      budget: '≤ 50 ms',
      met: longest.max <= 50,
    },
  ];
}

export function buildRows(results) {
  const rows = [];
  const { reader, lexicon, importing, summary, bundle, startup, largeArticle, htmlFile, sizes } =
    results;
  if (reader) {
    rows.push(...readerOpenRows(reader, sizes.reader));
    const key = summarize(reader.keyToPaint);
    const frames = summarize(reader.keyToPaintFrames);
    rows.push({
      id: 'reader-key-to-paint',
      measure:
        'Reader: label key → new highlight painted, same article (ms from the key event to after the frame; frames rendered until it shows)',
      ours: spread(key, ms),
      comparison: '—',
      ratio: key.median / 16,
      ratioText: `${frames.median} frame${frames.median === 1 ? '' : 's'} (${frames.min}–${frames.max})`,
      budget: '≤ 16 ms (one frame)',
      met: key.median <= 16,
    });
  }
  if (lexicon) {
    const ours = summarize(lexicon.ours);
    const theirs = summarize(lexicon.theirs);
    const ratio = ours.median / theirs.median;
    rows.push({
      id: 'lexicon-scan',
      measure: `Lexicon scan: the shipped lexicon (${lexicon.lexicon.entries.toLocaleString('en')} entries, ${lexicon.lexicon.forms.toLocaleString('en')} forms) over ${lexicon.megabytes.toFixed(0)} MB, matches into a reused list`,
      ours: spread(ours, mbs),
      comparison: `single-term indexOf ${spread(theirs, mbs)}`,
      ratio,
      ratioText: `${(ratio * 100).toFixed(0)}% of indexOf`,
      budget: '≥ 50%',
      met: ratio >= 0.5,
    });
  }
  if (importing) {
    rows.push(
      slowdownRow({
        id: 'import',
        measure: `Import: ${importing.file.annotations.toLocaleString('en')} annotations (${importing.file.megabytes.toFixed(0)} MB native file) through the Exchange page`,
        ours: importing.ours,
        theirs: importing.theirs,
        baseline: 'raw Dexie bulkPut',
        limit: 1.25,
      }),
    );
    const longest = summarize(importing.longestTask);
    rows.push({
      id: 'import-longest-task',
      measure: 'Import: longest main-thread task',
      ours: spread(longest, ms),
      comparison: '—',
      ratio: longest.median / 100,
      ratioText: `${(longest.median / 100).toFixed(2)} of budget`,
      budget: '≤ 100 ms',
      met: longest.max <= 100,
    });
  }
  if (summary) {
    rows.push(
      slowdownRow({
        id: 'summary',
        measure: `Summary: ${summary.seeded.articles.toLocaleString('en')} articles / ${summary.seeded.annotations.toLocaleString('en')} annotations`,
        ours: summary.ours,
        theirs: summary.theirs,
        baseline: 'read annotations table',
        limit: 1.1,
      }),
    );
  }
  if (bundle) {
    rows.push({
      id: 'bundle',
      measure: 'Initial JavaScript, gzipped',
      ours: kb(bundle.initialBytes),
      comparison: `all JavaScript ${kb(bundle.allBytes)}`,
      ratio: bundle.initialBytes / (200 * 1024),
      ratioText: `${((bundle.initialBytes / (200 * 1024)) * 100).toFixed(0)}% of budget`,
      budget: '≤ 200 KB',
      met: bundle.initialBytes <= 200 * 1024,
    });
  }
  if (startup) {
    rows.push(
      slowdownRow({
        id: 'startup',
        measure: `Startup to library painted: ${startup.seeded.articles.toLocaleString('en')} more articles (${startup.seeded.annotations.toLocaleString('en')} annotations) vs the sample corpus`,
        ours: startup.ours,
        theirs: startup.theirs,
        baseline: 'sample corpus',
        limit: 1.1,
      }),
    );
  }
  if (largeArticle) {
    const { seeded } = largeArticle;
    rows.push(
      longestTaskRow({
        id: 'large-article-longest-task',
        measure: `Reader: open ${sizes.largeArticle.chars === null ? 'the largest allowed article' : 'a long article'} (${seeded.chars.toLocaleString('en')} characters${seeded.singleParagraph ? ' in one paragraph' : ''}, limit ${seeded.limit.toLocaleString('en')}; ${seeded.annotations.toLocaleString('en')} annotations) from the library: longest main-thread task`,
        runs: largeArticle.longestTask,
        shown: largeArticle.ms,
        shownText: 'text and highlights shown',
      }),
    );
  }
  if (htmlFile) {
    rows.push(
      longestTaskRow({
        id: 'html-file-longest-task',
        measure: `Article file: ${htmlFile.megabytes.toFixed(1)} MB HTML nested ${htmlFile.depth.toLocaleString('en')} elements deep, chosen → draft listed: longest main-thread task`,
        runs: htmlFile.longestTask,
        shown: htmlFile.ms,
        shownText: 'draft listed',
      }),
    );
  }
  if (results.classroom) rows.push(...classroomRows(results.classroom));
  if (results.agreement) rows.push(agreementRow(results.agreement));
  if (results.map) rows.push(mapRow(results.map));
  return rows;
}

/** A row for "no main-thread task longer than 100 ms", with how long the whole took beside it. */
function longestTaskRow({ id, measure, runs, shown, shownText }) {
  const longest = summarize(runs);
  return {
    id,
    measure,
    ours: spread(longest, ms),
    comparison: `${shownText} after ${spread(summarize(shown), ms)}`,
    ratio: longest.median / 100,
    ratioText: `${(longest.median / 100).toFixed(2)} of budget`,
    budget: '≤ 100 ms',
    met: longest.max <= 100,
  };
}

export function toMarkdown(rows, environment) {
  const lines = [
    '| Measure | FrameLens: median (min–max) | Compared with: median (min–max) | Ratio | Budget | Met |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.measure} | ${row.ours} | ${row.comparison} | ${row.ratioText} | ${row.budget} | ${environment.smoke ? '(smoke)' : row.met ? 'yes' : '**no**'} |`,
    ),
  ];
  return [
    `Measured ${environment.date} on ${environment.cpu} (${environment.cores} cores, ${environment.memoryGiB} GiB), ${environment.os}; Node ${environment.node}; Chromium ${environment.browser} (headless). ${environment.smoke ? `${environment.runs} runs per measure` : `${environment.runs} runs per measure (9 for the reader and startup)`} after ${environment.warmups} warm-up${environment.warmups === 1 ? '' : 's'}${environment.smoke ? ' — SMOKE SIZES, not comparable with the budgets' : ''}.`,
    '',
    ...lines,
    '',
  ].join('\n');
}
