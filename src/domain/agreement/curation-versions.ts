import { compareText } from '../summary/collate';
import type { CurationVersion, CurationVote } from './curation-types';

interface Extent {
  start: number;
  end: number;
  voters: Set<string>;
}

/**
 * The distinct choices among a group's votes (same label, target, voice and valence): most
 * voters first, then the earlier start, then the label's place in the codebook; then the
 * longer extent and the first vote, so the order never depends on the input's.
 */
export function curationVersions(
  votes: readonly CurationVote[],
  text: string,
  names: ReadonlyMap<string, string>,
  labelOrder: ReadonlyMap<string, number>,
): CurationVersion[] {
  const choices = new Map<string, CurationVote[]>();
  for (const vote of votes) {
    const choice = JSON.stringify([vote.labelId, vote.target, vote.voice, vote.valence]);
    const list = choices.get(choice);
    if (list === undefined) choices.set(choice, [vote]);
    else list.push(vote);
  }
  // Map keeps insertion order: version i is the i-th choice to appear among the votes.
  const versions = [...choices.values()].map((choiceVotes) =>
    curationVersion(choiceVotes, text, names),
  );
  const firstVote = new Map(versions.map((version, index) => [version, index]));
  const labelPlace = (version: CurationVersion) => labelOrder.get(version.labelId) ?? Infinity;
  return versions.sort(
    (a, b) =>
      b.voters.length - a.voters.length ||
      a.start - b.start ||
      labelPlace(a) - labelPlace(b) ||
      b.end - b.start - (a.end - a.start) ||
      (firstVote.get(a) ?? 0) - (firstVote.get(b) ?? 0),
  );
}

/** One choice: its voters by name, and the extent most of them marked. */
function curationVersion(
  votes: readonly CurationVote[],
  text: string,
  names: ReadonlyMap<string, string>,
): CurationVersion {
  const [first] = votes;
  if (first === undefined) throw new Error('A version needs at least one vote');
  const extent = favouriteExtent(votes);
  const noteVote = votes.find(
    (vote) => vote.start === extent.start && vote.end === extent.end && vote.note !== '',
  );
  const voters = [...new Set(votes.map((vote) => vote.annotatorId))];
  return {
    labelId: first.labelId,
    target: first.target,
    voice: first.voice,
    valence: first.valence,
    start: extent.start,
    end: extent.end,
    exact: text.slice(extent.start, extent.end),
    note: noteVote?.note ?? '',
    voters: voters.sort((a, b) => compareText(names.get(a) ?? a, names.get(b) ?? b)),
    annotationIds: votes.map((vote) => vote.annotationId),
  };
}

/** The extent marked by the most distinct voters; ties: the earlier start, then the longer. */
function favouriteExtent(votes: readonly CurationVote[]): Extent {
  const extents = new Map<string, Extent>();
  for (const vote of votes) {
    const where = `${vote.start}:${vote.end}`;
    const extent = extents.get(where) ?? { start: vote.start, end: vote.end, voters: new Set() };
    extent.voters.add(vote.annotatorId);
    extents.set(where, extent);
  }
  const [best] = [...extents.values()].sort(
    (a, b) => b.voters.size - a.voters.size || a.start - b.start || b.end - a.end,
  );
  if (best === undefined) throw new Error('A version needs at least one vote');
  return best;
}
