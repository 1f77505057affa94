import {
  createTextAnnotator,
  reviveAnnotation,
  type TextAnnotation,
} from '@recogito/text-annotator';
import '@recogito/text-annotator/text-annotator.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { createRoot, type Root } from 'react-dom/client';
import { createQueryClient } from '../../src/app/query-client';
import { QuerySync } from '../../src/app/query-sync';
import { splitParagraphs } from '../../src/domain/text/paragraphs';
import { AnnotationWorkspace } from '../../src/features/annotate/annotation-workspace';
import { ReaderPage } from '../../src/features/reader/reader-page';
import { ToastProvider } from '../../src/ui/toast-provider';
import type { Annotation } from '../../src/domain/types';
import type { GeneratedCorpus } from '../corpus/generate-corpus';
import { storeGeneratedCorpus } from './app-database';
import {
  labelHighlightCount,
  labelHighlightSpans,
  paintedTimes,
  textInViewport,
  watchLongTasks,
} from './timing';

let corpus: GeneratedCorpus | null = null;
let mounted: { root: Root; host: HTMLElement } | null = null;

const stage = () => document.getElementById('stage') as HTMLElement;

function loaded(): GeneratedCorpus {
  if (!corpus) throw new Error('Call seedReader first.');
  return corpus;
}

function unmount(): void {
  mounted?.root.unmount();
  mounted?.host.remove();
  mounted = null;
  CSS.highlights.clear();
  window.scrollTo(0, 0);
}

export async function seedReader(words: number, annotations: number) {
  corpus = await storeGeneratedCorpus(
    { articles: 1, wordsPerArticle: words, annotationsPerArticle: annotations },
    20_000,
  );
  const article = corpus.articles[0]!;
  return {
    articleId: article.id,
    words: article.wordCount,
    annotations: corpus.annotations.length,
  };
}

/** Whether every annotation on the paragraphs in `view` is painted in a label highlight. */
function allPaintedIn(view: { from: number; to: number }, annotations: Annotation[]): boolean {
  const painted = labelHighlightSpans();
  return annotations.every(
    (annotation) =>
      annotation.end <= view.from ||
      annotation.start >= view.to ||
      painted.has(`${annotation.start}:${annotation.end}`),
  );
}

/**
 * FrameLens: the reader page with its annotation workspace, as the app routes it, mounted with
 * an empty query cache so that it reads the article and its annotations from IndexedDB.
 * `firstScreen`: until the frame that shows the paragraphs in the viewport with every
 * annotation on them painted; `ms`: until every annotation is painted. `viewHeld`: the
 * paragraphs judged to be in view then are still those in view once all is laid out (the first
 * screen was judged on the text as the person sees it). `longestTask`: the longest main-thread
 * task from the mount until a quiet second after everything was painted (the suggestions are
 * computed in that second).
 */
export async function openInFrameLens() {
  unmount();
  const { articles, annotations } = loaded();
  const article = articles[0]!;
  const host = document.createElement('div');
  stage().append(host);
  const longTasks = watchLongTasks();
  const started = performance.now();
  const root = createRoot(host);
  root.render(
    <QueryClientProvider client={createQueryClient()}>
      <ToastProvider>
        <QuerySync />
        <ReaderPage
          articleId={article.id}
          renderBody={(stored) => <AnnotationWorkspace article={stored} />}
        />
      </ToastProvider>
    </QueryClientProvider>,
  );
  mounted = { root, host };
  let view: { from: number; to: number } | null = null;
  const times = await paintedTimes({
    firstScreen: () => {
      const text = host.querySelector('[data-article-text]');
      const shown = text ? textInViewport(text) : null;
      if (!shown || !allPaintedIn(shown, annotations)) return false;
      view = shown;
      return true;
    },
    all: () => labelHighlightCount() >= annotations.length,
  });
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const text = host.querySelector('[data-article-text]');
  const settled = text ? textInViewport(text) : null;
  const judged = view as { from: number; to: number } | null;
  return {
    ms: times.all - started,
    firstScreen: times.firstScreen - started,
    inView: judged
      ? annotations.filter((a) => a.start < judged.to && a.end > judged.from).length
      : 0,
    viewHeld: Boolean(judged && settled && judged.from <= settled.from && settled.to <= judged.to),
    painted: labelHighlightCount(),
    longestTask: longTasks.stop(),
  };
}

/**
 * @recogito/text-annotator on the same text (the same paragraphs and styles) with the same
 * annotations: DOM built, annotator created with its CSS highlights renderer, annotations
 * revived onto the text and set, until its first redraw has been rendered.
 */
export async function openInRecogito(): Promise<{ ms: number; painted: number }> {
  unmount();
  const { articles, annotations } = loaded();
  const article = articles[0]!;
  const host = document.createElement('div');
  host.className = 'max-w-[68ch] font-serif text-[1.075rem] leading-8 text-slate-900';
  stage().append(host);
  const started = performance.now();
  for (const paragraph of splitParagraphs(article.text)) {
    const element = document.createElement('p');
    element.className = 'mb-4 whitespace-pre-wrap break-words';
    element.textContent = paragraph.text;
    host.append(element);
  }
  const annotator = createTextAnnotator(host, { renderer: 'CSS_HIGHLIGHTS' });
  const redrawn = new Promise<number>((resolve) => {
    annotator.renderer.on('onRedraw', () => resolve(performance.now()));
  });
  annotator.setAnnotations(
    annotations.map((annotation) =>
      reviveAnnotation(
        {
          id: annotation.id,
          bodies: [],
          target: {
            annotation: annotation.id,
            selector: [{ quote: annotation.exact, start: annotation.start, end: annotation.end }],
          },
        } as unknown as TextAnnotation,
        host,
      ),
    ),
  );
  const done = await redrawn;
  const painted = CSS.highlights.size;
  annotator.destroy();
  host.remove();
  // Its debounced redraws (up to 150 ms) still run after destroy() and clear every CSS
  // highlight in the page: let them pass before anything else is measured.
  await new Promise((resolve) => setTimeout(resolve, 500));
  CSS.highlights.clear();
  return { ms: done - started, painted };
}

let keyPaint: Promise<{ ms: number; frames: number }> | null = null;

/**
 * Picks a word that has no annotation yet, inside the viewport, and returns where it is so
 * that the driver can select it with the mouse.
 */
export function unannotatedWordBox(attempt: number) {
  const { articles, annotations } = loaded();
  const text = articles[0]!.text;
  const taken = annotations.map((annotation) => [annotation.start, annotation.end]);
  const words = Array.from(text.matchAll(/\p{L}{4,}/gu));
  const host = mounted?.host.querySelector('[data-article-text]');
  if (!host) throw new Error('Open the article in FrameLens first.');
  let skipped = 0;
  for (const word of words) {
    const start = word.index;
    const end = start + word[0].length;
    if (taken.some(([from, to]) => from! < end + 1 && start - 1 < to!)) continue;
    if (skipped++ < attempt) continue;
    const paragraph = [...host.querySelectorAll<HTMLElement>('p[data-start]')].find(
      (element) => Number(element.dataset.start) <= start && end <= Number(element.dataset.end),
    );
    const node = paragraph?.firstChild;
    if (!paragraph || !node) continue;
    const range = document.createRange();
    range.setStart(node, start - Number(paragraph.dataset.start));
    range.setEnd(node, end - Number(paragraph.dataset.start));
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const box = range.getBoundingClientRect();
    taken.push([start, end]);
    return { x: box.left, y: box.top + box.height / 2, width: box.width, word: word[0] };
  }
  throw new Error('No free word left.');
}

/**
 * Starts watching for the next label key press: resolves with the time from the key event to
 * just after the frame that shows the new highlight, and how many frames that took (1: the
 * very next frame).
 */
export function armKeyPaint(): void {
  const before = labelHighlightCount();
  keyPaint = new Promise((resolve, reject) => {
    window.addEventListener(
      'keydown',
      (event) => {
        let frames = 0;
        const started = performance.now();
        const check = () => {
          frames += 1;
          if (labelHighlightCount() > before) {
            const channel = new MessageChannel();
            channel.port1.onmessage = () =>
              resolve({ ms: performance.now() - event.timeStamp, frames });
            channel.port2.postMessage(null);
          } else if (performance.now() - started > 10_000) {
            reject(new Error('The new highlight was not painted within 10 s.'));
          } else {
            requestAnimationFrame(check);
          }
        };
        requestAnimationFrame(check);
      },
      { capture: true, once: true },
    );
  });
}

export function keyPaintResult(): Promise<{ ms: number; frames: number }> {
  if (!keyPaint) throw new Error('armKeyPaint first.');
  return keyPaint;
}
