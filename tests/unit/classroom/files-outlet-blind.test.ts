import { describe, expect, it } from 'vitest';
import { buildAssignmentFile } from '../../../src/domain/classroom/build-assignment-file';
import {
  parseClassroomFile,
  serializeClassroomFile,
} from '../../../src/domain/classroom/classroom-file-text';
import { assignOutletCodes } from '../../../src/domain/classroom/outlet-codes';
import { CODEBOOK, LEXICON, makeAssignment, seedLibrary } from './files-sample-data';

const { outlets, articles } = seedLibrary();
const assignment = makeAssignment(
  articles.map((article) => article.id),
  { mode: { suggestions: true, outletBlind: true } },
);
const file = buildAssignmentFile({
  assignment,
  articles,
  outlets,
  codebook: CODEBOOK,
  lexicon: LEXICON,
});
const serialized = serializeClassroomFile(file);

/** The outlet's name as a whole word, any case: what a student must not find in the file. */
function namePattern(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'iu');
}

describe('an outlet-blind assignment file', () => {
  it('holds no outlet name and no link outside the article texts', () => {
    let rest = serialized;
    for (const article of articles) rest = rest.replace(JSON.stringify(article.text), '""');
    for (const outlet of outlets) expect(rest).not.toMatch(namePattern(outlet.name));
    for (const article of articles) {
      if (article.url !== null) expect(rest).not.toContain(article.url);
    }
    expect(rest).not.toMatch(/https?:/);
  });

  it('holds no outlet name anywhere when the texts do not name their outlet', () => {
    // Of the five seeds only Tasnim's text names its own outlet (a byline inside the text,
    // which travels unchanged: offsets and the hash are of that text).
    const quiet = articles.filter((article) => !/Tasnim/.test(article.text));
    expect(quiet).toHaveLength(4);
    const quietFile = buildAssignmentFile({
      assignment: makeAssignment(
        quiet.map((article) => article.id),
        { mode: { suggestions: true, outletBlind: true } },
      ),
      articles: quiet,
      outlets,
      codebook: CODEBOOK,
      lexicon: LEXICON,
    });
    const text = serializeClassroomFile(quietFile);
    for (const outlet of outlets) expect(text).not.toMatch(namePattern(outlet.name));
  });

  it('replaces the outlet’s name inside a title by its code, and gives each article its code', () => {
    const rtCodes = assignOutletCodes(
      assignment.id,
      articles.map((article) => article.outletId),
    );
    const withName = buildAssignmentFile({
      assignment,
      articles: articles.map((article, index) =>
        index === 4 ? { ...article, title: `RT: ${article.title} (rt.com)` } : article,
      ),
      outlets,
      codebook: CODEBOOK,
      lexicon: LEXICON,
    });
    const code = rtCodes['outlet-4']!;
    expect(withName.articles[4]!.title).toBe(
      `${code}: Syrian military outlines response to terrorist offensive (${code}.com)`,
    );
    expect(withName.outletCodes).toEqual(
      Object.fromEntries(articles.map((article) => [article.id, rtCodes[article.outletId]])),
    );
    expect(
      withName.articles.every((article) => article.outlet === null && article.url === null),
    ).toBe(true);
  });

  it('uses the codes stored on the assignment', () => {
    const stored = Object.fromEntries(
      outlets.map((outlet, index) => [outlet.id, `Outlet ${'EDCBA'[index]}`]),
    );
    const built = buildAssignmentFile({
      assignment: { ...assignment, outletCodes: stored },
      articles,
      outlets,
      codebook: CODEBOOK,
      lexicon: LEXICON,
    });
    expect(built.outletCodes?.[articles[0]!.id]).toBe('Outlet E');
  });

  it('is read back as it was written', () => {
    expect(parseClassroomFile(JSON.parse(serialized))).toEqual({
      ok: true,
      value: { kind: 'assignment', file },
      warnings: [],
    });
  });
});
