import { keywordInContext } from '../../domain/discovery/keyword-in-context';
import {
  countedWords,
  rankCandidates,
  type Candidate,
} from '../../domain/discovery/rank-candidates';
import { TermCounter } from '../../domain/discovery/term-counter';
import { compareText } from '../../domain/summary/collate';
import type { DiscoverySelection } from '../../domain/discovery/discovery-selection';
import type { DiscoverySource } from '../../db/repositories/discovery-repository';
import type {
  CandidateTerm,
  DiscoveryCatalog,
  DiscoveryProgress,
  DiscoveryRequest,
  DiscoveryResult,
  OutletCandidates,
} from './discovery-protocol';

type Texts = DiscoverySource['texts'];

/** About this many progress reports per run, whatever the corpus size. */
const PROGRESS_STEPS = 50;

function catalogOf(source: DiscoverySource): DiscoveryCatalog {
  const names = new Map(source.outlets.map((outlet) => [outlet.id, outlet.name]));
  const articles = source.cards
    .map((card) => ({ id: card.id, title: card.title, outletId: card.outletId }))
    .sort(
      (a, b) =>
        compareText(names.get(a.outletId) ?? '', names.get(b.outletId) ?? '') ||
        compareText(a.title, b.title) ||
        compareText(a.id, b.id),
    );
  const counts = new Map<string, number>();
  for (const card of source.cards) counts.set(card.outletId, (counts.get(card.outletId) ?? 0) + 1);
  const outlets = source.outlets
    .map((outlet) => ({ id: outlet.id, name: outlet.name, articles: counts.get(outlet.id) ?? 0 }))
    .filter((outlet) => outlet.articles > 0)
    .sort((a, b) => compareText(a.name, b.name));
  return { outlets, articles };
}

function candidateTerm(candidate: Candidate, texts: Texts): CandidateTerm {
  return {
    term: candidate.term,
    kind: candidate.kind,
    count: candidate.count,
    otherCount: candidate.otherCount,
    z: candidate.z,
    uses: candidate.uses.map((use) => {
      const article = texts[use.article];
      return {
        articleId: article?.id ?? '',
        ...keywordInContext(article?.text ?? '', use.start, use.end),
      };
    }),
  };
}

function countTerms(
  texts: Texts,
  outletIds: readonly string[],
  onProgress: (progress: DiscoveryProgress) => void,
): TermCounter {
  const outletIndex = new Map(outletIds.map((id, index) => [id, index]));
  const counter = new TermCounter();
  const step = Math.max(1, Math.ceil(texts.length / PROGRESS_STEPS));
  texts.forEach((article, index) => {
    if (index % step === 0) onProgress({ done: index, total: texts.length });
    counter.addArticle(outletIndex.get(article.outletId) ?? 0, index, article.text);
  });
  onProgress({ done: texts.length, total: texts.length });
  return counter;
}

/** Reads the chosen articles and ranks each outlet's candidate terms (see rankCandidates). */
export async function discover(
  request: DiscoveryRequest,
  load: (selection: DiscoverySelection) => Promise<DiscoverySource>,
  onProgress: (progress: DiscoveryProgress) => void = () => undefined,
): Promise<DiscoveryResult> {
  onProgress({ done: 0, total: null });
  const source = await load(request.selection);
  const catalog = catalogOf(source);
  const chosen = new Set(source.texts.map((article) => article.outletId));
  const outlets = catalog.outlets.filter((outlet) => chosen.has(outlet.id));
  const counter = countTerms(
    source.texts,
    outlets.map((outlet) => outlet.id),
    onProgress,
  );
  const ranked = rankCandidates(counter, outlets.length);
  const words = countedWords(counter, outlets.length);
  return {
    catalog,
    articles: source.texts.length,
    outlets: outlets.map((outlet, index): OutletCandidates => ({
      outletId: outlet.id,
      outletName: outlet.name,
      articles: source.texts.filter((article) => article.outletId === outlet.id).length,
      words: words[index] ?? 0,
      candidates: (ranked[index] ?? []).map((candidate) => candidateTerm(candidate, source.texts)),
    })),
  };
}
