import { beforeEach, describe, expect, test } from 'vitest';
import type { FrameLensDatabase } from '../../../src/db/database';
import { CURRENT_ANNOTATOR_KEY } from '../../../src/db/meta-keys';
import type { AssignmentFile } from '../../../src/domain/classroom/classroom-files';
import { parseAssignmentFile } from '../../../src/domain/classroom/parse-assignment-file';
import type { PersonalLexiconEntry } from '../../../src/domain/types';
import { createClassroomSession } from '../../../src/workers/classroom/classroom-session';
import { trackedDatabases } from '../db/exchange-test-helpers';
import { assignmentFileOf, fileInput, teacherAssignment, teacherLibrary } from './intake-helpers';

const fresh = trackedDatabases();
const STUDENT = { id: 'stu-lina', name: 'Lina', role: 'annotator' as const };
const noProgress = () => undefined;

const term = (
  id: string,
  canonical: string,
  forms: string[],
  origin: PersonalLexiconEntry['origin'] = 'marked',
): PersonalLexiconEntry => ({
  id,
  pattern: canonical,
  forms,
  labelId: 'actor-label',
  valence: -2,
  canonical,
  note: '',
  origin,
  addedAt: '2026-12-01T08:00:00.000Z',
});

let teacher: FrameLensDatabase;
let assignmentId: string;

beforeEach(async () => {
  teacher = fresh('personal-terms-teacher');
  const articles = await teacherLibrary(teacher);
  const assignment = teacherAssignment([articles.first, articles.second]);
  assignmentId = assignment.id;
  await teacher.assignments.add(assignment);
});

async function studentLibrary(own: PersonalLexiconEntry[] = []): Promise<FrameLensDatabase> {
  const student = fresh('personal-terms-student');
  await student.annotators.add(STUDENT);
  await student.meta.put({ key: CURRENT_ANNOTATOR_KEY, value: STUDENT.id });
  await student.personalLexicon.bulkAdd(own);
  return student;
}

async function open(database: FrameLensDatabase, file: AssignmentFile) {
  const session = createClassroomSession(database);
  const prepared = await session.prepareClassroomFiles([fileInput('a.json', file)], noProgress);
  if (!prepared.ok) throw new Error(prepared.error);
  await session.commitClassroomFiles(prepared.id, { skipBroken: true }, noProgress);
}

describe('the assignment file carries the teacher’s terms', () => {
  test('built with them (origin and date left out), and read back', async () => {
    await teacher.personalLexicon.add(term('t-1', 'hooligan', ['hooligan', 'hooligans']));
    const file = await assignmentFileOf(teacher, assignmentId);
    expect(file.personalLexicon).toEqual([
      {
        id: 't-1',
        pattern: 'hooligan',
        forms: ['hooligan', 'hooligans'],
        labelId: 'actor-label',
        valence: -2,
        canonical: 'hooligan',
        note: '',
      },
    ]);
    const parsed = parseAssignmentFile(JSON.parse(JSON.stringify(file)));
    expect(parsed.ok && parsed.value.personalLexicon).toEqual(file.personalLexicon);
  });

  test('a teacher without terms writes no field, and an older file without it is valid', async () => {
    const file = await assignmentFileOf(teacher, assignmentId);
    expect('personalLexicon' in file).toBe(false);
    const parsed = parseAssignmentFile(JSON.parse(JSON.stringify(file)));
    expect(parsed.ok).toBe(true);
  });

  test('a term of a label the codebook lacks is refused, saying where', async () => {
    await teacher.personalLexicon.add(term('t-1', 'hooligan', ['hooligan']));
    const file = await assignmentFileOf(teacher, assignmentId);
    file.personalLexicon![0]!.labelId = 'nonsense';
    const parsed = parseAssignmentFile(JSON.parse(JSON.stringify(file)));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.message).toBe(
        'personalLexicon[0].labelId "nonsense" is not one of the codebook\'s labels',
      );
    }
  });

  test('a student opening it gets them with origin "assignment", merged with their own', async () => {
    await teacher.personalLexicon.bulkAdd([
      term('t-1', 'hooligan', ['hooligan', 'hooligans']),
      term('t-2', 'thug', ['thug', 'thugs']),
    ]);
    const file = await assignmentFileOf(teacher, assignmentId);
    // The student already has "thug" (only the singular), marked by hand.
    const student = await studentLibrary([term('s-1', 'thug', ['thug'], 'marked')]);
    await open(student, file);

    const stored = await student.personalLexicon.orderBy('canonical').toArray();
    expect(stored.map((row) => [row.canonical, row.forms, row.origin])).toEqual([
      ['hooligan', ['hooligan', 'hooligans'], 'assignment'],
      // The student's own term stays theirs (id, origin) and gains the plural.
      ['thug', ['thug', 'thugs'], 'marked'],
    ]);
    expect(stored[1]!.id).toBe('s-1');

    // Opening the same file again changes nothing.
    await open(student, file);
    expect(await student.personalLexicon.toArray()).toEqual(stored);
  });
});
