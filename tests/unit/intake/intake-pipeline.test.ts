import { describe, expect, test } from 'vitest';
import { createBackup } from '../../../src/db/backup';
import type { FrameLensDatabase } from '../../../src/db/database';
import { countTableRows } from '../../../src/db/repositories/restore-repository';
import { defaultCodebook } from '../../../src/domain/default-codebook';
import { serializeLexiconFile } from '../../../src/domain/lexicon/lexicon-file';
import type { LexiconEntry } from '../../../src/domain/types';
import type { IntakeProgress } from '../../../src/workers/intake/intake-protocol';
import { createIntakeSession } from '../../../src/workers/intake/intake-session';
import { IMPORT_CANCELLED_MESSAGE } from '../../../src/db/repositories/import-errors';
import { addSampleArticle, dumpDatabase, trackedDatabases } from '../db/exchange-test-helpers';
import { intakeFile } from './intake-test-helpers';

const database = trackedDatabases();

function preparedId(
  result: Awaited<ReturnType<ReturnType<typeof createIntakeSession>['prepareFile']>>,
) {
  if (!result.ok) throw new Error(result.error.message);
  return result.preview;
}

describe('article files (corpus intake)', () => {
  test('several files read into drafts, then the chosen ones added in one go', async () => {
    const db = database('intake-corpus');
    const session = createIntakeSession(db);
    const progress: IntakeProgress[] = [];
    const text = preparedId(
      await session.prepareFile(
        'corpus',
        intakeFile('note.md', '# Aleppo\n\nShelling went on.'),
        (step) => progress.push(step),
      ),
    );
    const csv = preparedId(
      await session.prepareFile(
        'corpus',
        intakeFile('rows.csv', 'outlet,title,text\nRT,One,First text.\nSANA,Two,Second text.\n'),
        () => undefined,
      ),
    );
    if (text.intake !== 'corpus' || csv.intake !== 'corpus') throw new Error('not corpus previews');
    expect(progress[0]).toEqual({ stage: 'reading', done: 0, total: 1 });
    // Split at white space: "#", "Aleppo", "Shelling", "went", "on." — 5 words.
    expect(text.drafts.map((draft) => [draft.title, draft.words, draft.where])).toEqual([
      ['Aleppo', 5, ''],
    ]);
    expect(csv.drafts.map((draft) => [draft.where, draft.outletName, draft.title])).toEqual([
      ['row-2', 'RT', 'One'],
      ['row-3', 'SANA', 'Two'],
    ]);
    const [first] = text.drafts;
    const [, second] = csv.drafts;
    if (!first || !second) throw new Error('missing drafts');

    const outcome = await session.commitFile(
      [text.id, csv.id],
      {
        intake: 'corpus',
        articles: [
          {
            key: first.key,
            outletName: 'Wire',
            title: 'Aleppo shelling',
            published: '2024-11',
            language: 'en-gb',
          },
          { key: second.key, outletName: 'SANA', title: 'Two', published: '', language: '' },
        ],
      },
      () => undefined,
    );
    expect('added' in outcome && outcome.added.map((article) => article.title)).toEqual([
      'Aleppo shelling',
      'Two',
    ]);
    const stored = await db.articles.toArray();
    // The first's language is the one chosen, in its usual case; the second chose nothing and
    // keeps the detected one: "Second text." has 10 letters, under the 20 detection needs.
    expect(second.language).toBe('und');
    expect(
      stored
        .map((article) => [article.title, article.published, article.source, article.language])
        .sort(),
    ).toEqual([
      ['Aleppo shelling', '2024-11', 'file', 'en-GB'],
      ['Two', '', 'import', 'und'],
    ]);
    expect((await db.outlets.toArray()).map((outlet) => outlet.name).sort()).toEqual([
      'SANA',
      'Wire',
    ]);
    // Written: the ids are released.
    await expect(
      session.commitFile([text.id], { intake: 'corpus', articles: [] }, () => undefined),
    ).rejects.toThrow('This file is no longer prepared: choose it again.');
  });

  test('a language that is not a tag refuses the whole choice, and nothing is added', async () => {
    const db = database('intake-corpus-language');
    const session = createIntakeSession(db);
    const csv = preparedId(
      await session.prepareFile(
        'corpus',
        intakeFile('rows.csv', 'outlet,title,text\nRT,One,First text.\nSANA,Two,Second text.\n'),
        () => undefined,
      ),
    );
    if (csv.intake !== 'corpus') throw new Error('not a corpus preview');
    const [one, two] = csv.drafts;
    if (!one || !two) throw new Error('missing drafts');
    const before = await db.articles.count();
    await expect(
      session.commitFile(
        [csv.id],
        {
          intake: 'corpus',
          articles: [
            { key: one.key, outletName: 'RT', title: 'One', published: '', language: 'ar' },
            {
              key: two.key,
              outletName: 'SANA',
              title: 'Two',
              published: '',
              language: 'not a tag',
            },
          ],
        },
        () => undefined,
      ),
    ).rejects.toThrow('Two: "not a tag" is not a language tag');
    expect(await db.articles.count()).toBe(before);
  });

  test('a file that belongs elsewhere is refused, saying where it goes; an empty one too', async () => {
    const session = createIntakeSession(database('intake-corpus-bad'));
    const w3c = JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      items: [],
    });
    expect(
      await session.prepareFile('corpus', intakeFile('a.jsonld', w3c), () => undefined),
    ).toEqual({
      ok: false,
      fileName: 'a.jsonld',
      error: {
        message:
          'This is a w3c file: import it under “Import annotations” (its texts come with it).',
        path: 'file',
      },
    });
    expect(
      await session.prepareFile('corpus', intakeFile('e.txt', ' \n '), () => undefined),
    ).toEqual({
      ok: false,
      fileName: 'e.txt',
      error: { message: 'The file is empty.', path: 'file' },
    });
  });
});

async function libraryWithOneArticle(prefix: string): Promise<FrameLensDatabase> {
  const db = database(prefix);
  await addSampleArticle(db);
  return db;
}

describe('backups (backup intake)', () => {
  test('checked, previewed with what it replaces, then restored in one transaction', async () => {
    const source = await libraryWithOneArticle('intake-backup-source');
    const backup = await createBackup(source);
    const target = database('intake-backup-target');
    await target.open();
    const session = createIntakeSession(target);
    const preview = preparedId(
      await session.prepareFile('backup', intakeFile('b.json', backup), () => undefined),
    );
    if (preview.intake !== 'backup') throw new Error('not a backup preview');
    // The source holds one article and its outlet; the target is empty.
    expect([preview.backup.articles, preview.backup.outlets]).toEqual([1, 1]);
    expect([preview.current.articles, preview.current.outlets]).toEqual([0, 0]);
    const writes: IntakeProgress[] = [];
    await session.commitFile([preview.id], { intake: 'backup' }, (step) => writes.push(step));
    // Every table as in the source; meta gains the backup's time as lastBackupAt.
    const restored = await countTableRows(target);
    const original = await countTableRows(source);
    expect({ ...restored, meta: 0 }).toEqual({ ...original, meta: 0 });
    expect(await target.articles.toArray()).toEqual(await source.articles.toArray());
    expect(writes.at(-1)?.stage).toBe('writing');
  });

  test('Cancel during the restore aborts its transaction: nothing is replaced', async () => {
    const source = await libraryWithOneArticle('intake-cancel-source');
    const backup = await createBackup(source);
    const target = await libraryWithOneArticle('intake-cancel-target');
    await target.articles.toCollection().modify({ title: 'Kept as it was' });
    const before = await dumpDatabase(target);
    const session = createIntakeSession(target);
    const preview = preparedId(
      await session.prepareFile('backup', intakeFile('b.json', backup), () => undefined),
    );
    session.cancelFile(preview.id);
    await expect(
      session.commitFile([preview.id], { intake: 'backup' }, () => undefined),
    ).rejects.toThrow(IMPORT_CANCELLED_MESSAGE);
    expect(await dumpDatabase(target)).toEqual(before);
  });

  test('an annotation export or a changed text is refused, saying what and where', async () => {
    const source = await libraryWithOneArticle('intake-backup-bad');
    const backup = JSON.parse(await createBackup(source)) as {
      tables: { articles: { text: string }[] };
    };
    const first = backup.tables.articles[0];
    if (first) first.text += ' (edited)';
    const session = createIntakeSession(source);
    const tampered = await session.prepareFile(
      'backup',
      intakeFile('t.json', JSON.stringify(backup)),
      () => undefined,
    );
    expect(tampered.ok === false && tampered.error.path).toBe('tables.articles');
    const native = await session.prepareFile(
      'backup',
      intakeFile('n.json', '{"format": "framelens", "version": 1}'),
      () => undefined,
    );
    expect(native.ok === false && native.error.message).toMatch(
      /^This is a FrameLens annotation export, not a backup/,
    );
  });
});

const labelId = defaultCodebook.labels[0]?.id ?? '';

function entry(id: string, note = ''): LexiconEntry {
  return { id, pattern: id, forms: [id], labelId, valence: -1, canonical: id, note };
}

describe('lexicon files (lexicon intake)', () => {
  test('compared with the stored lexicon, then replacing it whole', async () => {
    const db = database('intake-lexicon');
    await db.lexicon.bulkAdd([entry('kept'), entry('changed'), entry('removed')]);
    const session = createIntakeSession(db);
    const incoming = [entry('kept'), entry('changed', 'New note.'), entry('new')];
    const preview = preparedId(
      await session.prepareFile(
        'lexicon',
        intakeFile('l.json', serializeLexiconFile(incoming)),
        () => undefined,
      ),
    );
    if (preview.intake !== 'lexicon') throw new Error('not a lexicon preview');
    // kept: unchanged; changed: changed; new: added; removed: removed.
    expect(preview.diff).toEqual({ total: 3, added: 1, changed: 1, removed: 1, unchanged: 1 });
    expect(await session.commitFile([preview.id], { intake: 'lexicon' }, () => undefined)).toEqual({
      entries: 3,
    });
    expect((await db.lexicon.toArray()).map((row) => row.id).sort()).toEqual([
      'changed',
      'kept',
      'new',
    ]);
  });

  test('a file over 5 MB is refused before it is read; a backup is not a lexicon', async () => {
    const db = database('intake-lexicon-bad');
    const session = createIntakeSession(db);
    let read = false;
    const huge = {
      name: 'big.json',
      size: 6 * 1024 * 1024,
      bytes: () => {
        read = true;
        return Promise.resolve(new Uint8Array());
      },
    };
    expect(await session.prepareFile('lexicon', huge, () => undefined)).toEqual({
      ok: false,
      fileName: 'big.json',
      error: {
        message: 'The file is 6.0 MB; lexicon files can be at most 5.0 MB.',
        path: 'size',
      },
    });
    expect(read).toBe(false);
    const backup = await session.prepareFile(
      'lexicon',
      intakeFile('b.json', await createBackup(db)),
      () => undefined,
    );
    expect(backup.ok === false && backup.error.message).toMatch(
      /^format must be "framelens-lexicon": this is not a FrameLens lexicon file/,
    );
    expect(await db.lexicon.count()).toBe(0);
  });
});
