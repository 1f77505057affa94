import { describe, expect, it } from 'vitest';
import { parseClassroomFile } from '../../../src/domain/classroom/classroom-file-text';
import type {
  AssignmentFile,
  FeedbackFile,
  SubmissionFile,
} from '../../../src/domain/classroom/classroom-files';
import { checkSpanAgainstText } from '../../../src/domain/classroom/file-annotations';
import {
  checkAssignmentTexts,
  parseAssignmentFile,
} from '../../../src/domain/classroom/parse-assignment-file';
import { parseFeedbackFile } from '../../../src/domain/classroom/parse-feedback-file';
import { parseSubmissionFile } from '../../../src/domain/classroom/parse-submission-file';
import { MAX_ARTICLE_CHARS } from '../../../src/domain/article-size';
import type { ParseError, ParseResult } from '../../../src/domain/exchange/result';
import { isPlanned } from '../../../src/domain/exchange/import-file';
import { detectKind } from '../../../src/domain/exchange/registry/registry';
import { readFixture } from './files-sample-data';

interface Files {
  assignment: AssignmentFile;
  submission: SubmissionFile;
  feedback: FeedbackFile;
}

/** A fresh copy of an example file, changed by `edit` (as a person editing the JSON might). */
function fixture<K extends keyof Files>(kind: K, edit: (file: Files[K]) => void): unknown {
  const file = structuredClone(readFixture(kind)) as Files[K];
  edit(file);
  return file;
}

function errorOf(result: ParseResult<unknown>): ParseError {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('classroom files: what one file shows wrong', () => {
  it.each(['assignment', 'submission', 'feedback'] as const)(
    'refuses a %s file of a future version, naming the version',
    (kind) => {
      const json = fixture(kind, (file) => {
        Object.assign(file, { version: 2 });
      });
      expect(errorOf(parseClassroomFile(json))).toEqual({
        message:
          'This file was made by a newer FrameLens (version 2); this FrameLens reads version 1. Update FrameLens to open it.',
        path: 'version',
      });
    },
  );

  it('refuses a file of another format, or no object at all', () => {
    expect(errorOf(parseSubmissionFile(readFixture('assignment'))).message).toBe(
      'This is not a submission file: "format" is "framelens-assignment" (expected "framelens-submission").',
    );
    expect(errorOf(parseAssignmentFile([1, 2])).message).toBe(
      'The file holds a JSON list ([ … ]); an assignment file is one JSON object ({ "format": "framelens-assignment", … }).',
    );
    expect(errorOf(parseClassroomFile({ format: 'framelens' })).path).toBe('format');
  });

  it('says which field of which record is wrong', () => {
    const json = fixture('assignment', (file) => {
      Object.assign(file.articles[1]!, { text: 42 });
    });
    expect(errorOf(parseAssignmentFile(json))).toEqual({
      message: 'articles[1].text must be a string (got 42)',
      path: 'articles[1].text',
    });
  });

  it('refuses an assignment whose text was changed after its hash was written', async () => {
    const json = fixture('assignment', (file) => {
      file.articles[1]!.text = file.articles[1]!.text.replace('withdrew', 'fled');
    });
    const parsed = parseAssignmentFile(json);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(errorOf(await checkAssignmentTexts(parsed.value))).toEqual({
      message:
        'articles[1].textHash does not match the text of "Army says it withdrew": the text or its hash was changed after FrameLens wrote the file',
      path: 'articles[1].textHash',
    });
  });

  it('refuses an article text longer than the reader opens', () => {
    const json = fixture('assignment', (file) => {
      file.articles[0]!.text = 'a'.repeat(MAX_ARTICLE_CHARS + 1);
    });
    expect(errorOf(parseAssignmentFile(json)).path).toBe('articles[0].text');
  });

  it('refuses the same article twice', () => {
    const json = fixture('assignment', (file) => {
      file.articles[1]!.id = file.articles[0]!.id;
    });
    expect(errorOf(parseAssignmentFile(json))).toEqual({
      message: 'articles[1].id "art-town" is used twice (also by articles[0])',
      path: 'articles[1].id',
    });
  });

  it('refuses an outlet-blind assignment that shows an outlet or a link', () => {
    const named = fixture('assignment', (file) => {
      file.articles[0]!.outlet = 'Levant24';
    });
    expect(errorOf(parseAssignmentFile(named)).message).toBe(
      'articles[0].outlet must be null in an outlet-blind assignment (got "Levant24"): the file would show the outlet',
    );
    const linked = fixture('assignment', (file) => {
      file.articles[1]!.url = 'https://www.rt.com/news/1';
    });
    expect(errorOf(parseAssignmentFile(linked)).path).toBe('articles[1].url');
  });

  it('refuses outlet codes that are missing, incomplete, not codes, or not asked for', () => {
    const cases: [(file: AssignmentFile) => void, string][] = [
      [
        (file) => delete file.outletCodes,
        'outletCodes is missing: an outlet-blind assignment gives each article a code',
      ],
      [
        (file) => delete file.outletCodes!['art-hill'],
        'outletCodes has no code for articles[1] ("art-hill")',
      ],
      [
        (file) => (file.outletCodes!['art-hill'] = 'RT'),
        'outletCodes["art-hill"] must be a code like "Outlet A" (got "RT")',
      ],
      [
        (file) => (file.outletCodes!['art-gone'] = 'Outlet C'),
        'outletCodes["art-gone"] is not one of the articles in this file',
      ],
      [
        (file) => (file.mode.outletBlind = false),
        'outletCodes is only allowed when mode.outletBlind is true',
      ],
    ];
    for (const [edit, message] of cases) {
      expect(errorOf(parseAssignmentFile(fixture('assignment', edit))).message).toBe(message);
    }
  });

  it('refuses an assignment that is not outlet-blind and leaves an outlet out', () => {
    const json = fixture('assignment', (file) => {
      file.mode.outletBlind = false;
      delete file.outletCodes;
      file.articles[0]!.outlet = 'Levant24';
    });
    expect(errorOf(parseAssignmentFile(json)).message).toBe(
      "articles[1].outlet is missing: an assignment that is not outlet-blind names each article's outlet",
    );
  });

  it('refuses a lexicon entry of a label the codebook lacks', () => {
    const json = fixture('assignment', (file) => {
      file.lexicon[0]!.labelId = 'nonsense';
    });
    expect(errorOf(parseAssignmentFile(json)).message).toBe(
      'lexicon[0].labelId "nonsense" is not one of the codebook\'s labels',
    );
  });

  it('drops an unsafe link with a warning', () => {
    const json = fixture('assignment', (file) => {
      file.mode.outletBlind = false;
      delete file.outletCodes;
      file.articles[0]!.outlet = 'Levant24';
      file.articles[1]!.outlet = 'RT';
      file.articles[1]!.url = 'javascript:alert(1)';
    });
    const parsed = parseAssignmentFile(json);
    expect(parsed.ok && parsed.value.articles[1]!.url).toBeNull();
    expect(parsed.ok && parsed.warnings).toEqual([
      'articles[1] ("Army says it withdrew"): dropped the link "javascript:alert(1)" (only http and https links are kept)',
    ]);
  });

  it('refuses a submission holding another annotator’s annotation', () => {
    const json = fixture('submission', (file) => {
      file.annotations[1]!.annotatorId = 'someone-else';
    });
    expect(errorOf(parseSubmissionFile(json))).toEqual({
      message:
        'annotations[1].annotatorId "someone-else" is not the student ("0193a1b2-0000-7000-8000-00000000s001"): this file may only hold the student\'s annotations',
      path: 'annotations[1].annotatorId',
    });
  });

  it('refuses annotations and progress on articles the submission does not list', () => {
    const annotation = fixture('submission', (file) => {
      file.annotations[0]!.articleId = 'art-elsewhere';
    });
    expect(errorOf(parseSubmissionFile(annotation))).toEqual({
      message: 'annotations[0].articleId "art-elsewhere" is not one of the articles in this file',
      path: 'annotations[0].articleId',
    });
    const progress = fixture('submission', (file) => {
      file.progress['art-elsewhere'] = 'done';
    });
    expect(errorOf(parseSubmissionFile(progress)).message).toBe(
      'progress["art-elsewhere"] is not one of the articles in this file',
    );
  });

  it('refuses a progress key that is no article, `__proto__` included', () => {
    const json: unknown = JSON.parse(
      JSON.stringify(readFixture('submission')).replace(
        '"progress":{',
        '"progress":{"__proto__":"done",',
      ),
    );
    expect(errorOf(parseSubmissionFile(json)).message).toBe(
      'progress["__proto__"] is not one of the articles in this file',
    );
  });

  it('refuses the same annotation id twice', () => {
    const json = fixture('submission', (file) => {
      file.annotations[2]!.id = file.annotations[0]!.id;
    });
    expect(errorOf(parseSubmissionFile(json))).toEqual({
      message:
        'annotations[2].id "0193a1b2-0000-7000-8000-0000000000s1" is used twice (also by annotations[0]); every annotation needs its own id',
      path: 'annotations[2].id',
    });
  });

  it('refuses negative, reversed and empty offsets', () => {
    const negative = fixture('submission', (file) => {
      file.annotations[0]!.start = -1;
    });
    expect(errorOf(parseSubmissionFile(negative))).toEqual({
      message: 'annotations[0].start must not be negative (got -1)',
      path: 'annotations[0].start',
    });
    const reversed = fixture('submission', (file) => {
      file.annotations[1]!.end = 30;
    });
    expect(errorOf(parseSubmissionFile(reversed)).message).toBe(
      'annotations[1].end (30) is before start (39)',
    );
    const empty = fixture('submission', (file) => {
      file.annotations[1]!.end = 39;
    });
    expect(errorOf(parseSubmissionFile(empty)).message).toBe(
      'annotations[1] is empty: start and end are both 39',
    );
  });

  it('refuses a guess whose code is not a code, or two guesses for one code', () => {
    const named = fixture('submission', (file) => {
      file.guesses![0]!.code = 'RT';
    });
    expect(errorOf(parseSubmissionFile(named)).path).toBe('guesses[0].code');
    const twice = fixture('submission', (file) => {
      file.guesses![1]!.code = 'Outlet A';
    });
    expect(errorOf(parseSubmissionFile(twice)).message).toBe(
      'guesses[1].code "Outlet A" is used twice (also by guesses[0])',
    );
  });

  it('refuses a feedback file whose key holds another annotator or another article, or a reveal of no code', () => {
    const annotator = fixture('feedback', (file) => {
      file.key.annotations[0]!.annotatorId = 'student-1';
    });
    expect(errorOf(parseFeedbackFile(annotator)).path).toBe('key.annotations[0].annotatorId');
    const reveal = fixture('feedback', (file) => {
      file.reveal![1]!.code = 'Levant24';
    });
    expect(errorOf(parseFeedbackFile(reveal))).toEqual({
      message: 'reveal[1].code must be a code like "Outlet A" (got "Levant24")',
      path: 'reveal[1].code',
    });
    const article = fixture('feedback', (file) => {
      file.key.annotations[1]!.articleId = 'art-elsewhere';
    });
    expect(errorOf(parseFeedbackFile(article))).toEqual({
      message:
        'key.annotations[1].articleId "art-elsewhere" is not one of the articles in this file',
      path: 'key.annotations[1].articleId',
    });
  });

  it('checks a span against the text it points at (the text is in the teacher’s library)', () => {
    // "Militants shelled the town. Officials called it terror." is 55 UTF-16 units long.
    const text = 'Militants shelled the town. Officials called it terror.';
    expect(
      checkSpanAgainstText({ start: 48, end: 54, exact: 'terror' }, text, 'annotations[1]'),
    ).toEqual({ ok: true, value: true, warnings: [] });
    expect(
      checkSpanAgainstText({ start: 48, end: 54, exact: 'horror' }, text, 'annotations[1]'),
    ).toEqual({ ok: true, value: false, warnings: [] });
    expect(
      errorOf(
        checkSpanAgainstText({ start: 50, end: 56, exact: 'rror.!' }, text, 'annotations[1]'),
      ),
    ).toEqual({
      message:
        'annotations[1].end (56) is past the end of the article (its text is 55 UTF-16 code units long)',
      path: 'annotations[1].end',
    });
  });

  it('reads a classroom file through the registry and refuses it there with the same message', () => {
    const json = fixture('submission', (file) => {
      file.annotations[1]!.annotatorId = 'someone-else';
    });
    const detected = detectKind('hand-in.json', JSON.stringify(json));
    if (!detected.ok) throw new Error(detected.error.message);
    expect(detected.value.kind.id).toBe('submission');
    expect(errorOf(detected.value.kind.parse(detected.value.probe, undefined)).path).toBe(
      'annotations[1].annotatorId',
    );
  });

  it('is claimed by neither “Import annotations” nor “Import articles”, which say where it opens', () => {
    const content = JSON.stringify(readFixture('assignment'));
    const refusal = {
      ok: false,
      error: {
        message:
          'FrameLens does not recognise "assignment.json": it is a FrameLens assignment file, which opens on the Classroom page.',
        path: 'file',
      },
    };
    // The filters the annotation import and the article intake use.
    expect(detectKind('assignment.json', content, (kind) => isPlanned(kind.id))).toEqual(refusal);
    expect(detectKind('assignment.json', content, (kind) => kind.intake === 'corpus')).toEqual(
      refusal,
    );
  });

  it('keeps an assignment file’s type in its parse result', () => {
    const parsed = parseAssignmentFile(readFixture('assignment'));
    const file: AssignmentFile | null = parsed.ok ? parsed.value : null;
    expect(file?.outletCodes).toEqual({ 'art-town': 'Outlet B', 'art-hill': 'Outlet A' });
  });
});
