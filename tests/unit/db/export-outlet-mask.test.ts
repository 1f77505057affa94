import { describe, expect, test } from 'vitest';
import type { FrameLensDatabase } from '../../../src/db/database';
import { saveAnnotations } from '../../../src/db/repositories/annotations-repository';
import { becomeAnnotator } from '../../../src/db/repositories/annotators-repository';
import { exportAnnotations } from '../../../src/db/repositories/export-repository';
import type { Assignment } from '../../../src/domain/classroom/classroom-types';
import { exportKindInfos } from '../../../src/domain/exchange/registry/kind-info';
import {
  addSampleArticle,
  makeAnnotation,
  SAMPLE_TEXT,
  trackedDatabases,
} from './exchange-test-helpers';

const database = trackedDatabases();

const OTHER_TEXT = 'Officials in Damascus said the army repelled the attack near Hama.';

/** A received outlet-blind assignment over `articleIds`, hiding `outletId` as "Outlet B". */
function receivedAssignment(
  articleIds: string[],
  outletId: string,
  changes: Partial<Assignment> = {},
): Assignment {
  return {
    id: '0192f3a4-aaaa-7000-8000-000000000001',
    revision: 1,
    role: 'student',
    title: 'Framing lesson 3',
    instructions: 'Mark every loaded term.',
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
    dueDate: null,
    teacher: { id: 'teacher-1', name: 'Ms Haddad' },
    mode: { suggestions: false, outletBlind: true },
    articleIds,
    outletCodes: { [outletId]: 'Outlet B' },
    codebook: null,
    lexicon: [],
    keyAnnotatorId: null,
    revealed: false,
    studentId: null,
    ...changes,
  };
}

/**
 * Two articles: "Example Wire: Aleppo offensive" (outlet Example Wire, example.org link) in the
 * assignment, and "Hama attack" (outlet Daily Plain, dailyplain.example link) outside it.
 */
async function studentLibrary(prefix: string, changes: Partial<Assignment> = {}) {
  const db = database(prefix);
  const ada = await becomeAnnotator('Ada Lovelace', db);
  const masked = await addSampleArticle(
    db,
    SAMPLE_TEXT,
    'Example Wire',
    'Example Wire: Aleppo offensive',
  );
  const other = await addSampleArticle(db, OTHER_TEXT, 'Daily Plain', 'Hama attack');
  await db.articles.update(other, { url: 'https://dailyplain.example/hama' });
  await saveAnnotations(
    [
      makeAnnotation(masked, SAMPLE_TEXT, 'terrorists', { annotatorId: ada.id }),
      makeAnnotation(other, OTHER_TEXT, 'repelled', { annotatorId: ada.id }),
    ],
    db,
  );
  const article = await db.articles.get(masked);
  if (!article) throw new Error('fixture: article missing');
  await db.assignments.put(receivedAssignment([masked], article.outletId, changes));
  return { db, masked, other };
}

async function exportAs(db: FrameLensDatabase, format: string, articleId?: string) {
  return exportAnnotations(
    {
      scope: articleId ? { kind: 'article', articleId } : { kind: 'all' },
      format: format as Parameters<typeof exportAnnotations>[0]['format'],
      includeTexts: true,
    },
    db,
  );
}

describe('exports made while outlets are masked', () => {
  test('no format writes the masked outlet name or its link; the other outlet stays named', async () => {
    const { db } = await studentLibrary('mask-every-format');
    const formats = exportKindInfos().map((info) => info.id);
    expect(formats).toEqual(
      expect.arrayContaining(['framelens', 'w3c', 'label-studio', 'doccano', 'csv-annotations']),
    );
    for (const format of formats) {
      const { content } = await exportAs(db, format);
      expect(content.toLowerCase(), format).not.toContain('example wire');
      expect(content, format).not.toContain('example.org');
      if (format === 'w3c') {
        // W3C carries no outlet or title; its target names the article by its link when it
        // has one, so the masked article is named by its text's hash instead.
        expect(content, format).toContain('urn:sha256:');
        expect(content, format).toContain('https://dailyplain.example/hama');
        continue;
      }
      // The title keeps its words, with the outlet's name replaced by the code.
      expect(content, format).toContain('Outlet B: Aleppo offensive');
      expect(content, format).toContain('Daily Plain');
      // CSV carries no links; the others carry the unmasked one.
      if (format !== 'csv-annotations') {
        expect(content, format).toContain('https://dailyplain.example/hama');
      }
    }
  });

  test('the FrameLens file lists the outlet under its code', async () => {
    const { db } = await studentLibrary('mask-native');
    const { content } = await exportAs(db, 'framelens');
    const file = JSON.parse(content) as {
      outlets: { name: string }[];
      articles: { title: string; url: string | null }[];
    };
    expect(file.outlets.map((outlet) => outlet.name).sort()).toEqual(['Daily Plain', 'Outlet B']);
    expect(file.articles.map((article) => [article.title, article.url])).toEqual([
      ['Hama attack', 'https://dailyplain.example/hama'],
      ['Outlet B: Aleppo offensive', null],
    ]);
  });

  test('once revealed, exports name the outlet again', async () => {
    const { db } = await studentLibrary('mask-revealed', { revealed: true });
    const { content } = await exportAs(db, 'framelens');
    expect(content).toContain('Example Wire: Aleppo offensive');
    expect(content).toContain('https://example.org/aleppo');
  });

  test('a teacher’s own outlet-blind assignment masks nothing in the teacher’s exports', async () => {
    const { db } = await studentLibrary('mask-teacher', { role: 'teacher' });
    const { content } = await exportAs(db, 'framelens');
    expect(content).toContain('https://example.org/aleppo');
  });
});

describe('export file names', () => {
  test('name the person, and the assignment when every exported article is in it', async () => {
    const { db, masked, other } = await studentLibrary('names');
    const inAssignment = await exportAs(db, 'framelens', masked);
    // assignment title, person, then the scope as before: outlet code and the title's first words.
    expect(inAssignment.fileSlug).toBe(
      'Framing lesson 3-Ada Lovelace-Outlet B-Outlet B: Aleppo offensive-annotations',
    );
    const outside = await exportAs(db, 'framelens', other);
    expect(outside.fileSlug).toBe('Ada Lovelace-Daily Plain-Hama attack-annotations');
    // The whole library holds an article outside the assignment: no assignment in the name.
    expect((await exportAs(db, 'doccano')).fileSlug).toBe('Ada Lovelace-all-annotations-doccano');
  });
});
