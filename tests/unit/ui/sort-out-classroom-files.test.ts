import { describe, expect, it } from 'vitest';
import { sortOutClassroomFiles } from '../../../src/ui/pending-files';

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('classroom files among files opened elsewhere', () => {
  it('picks the assignment, submission and feedback files by their format, in their order', async () => {
    const assignment = file('a.json', '{\n  "format": "framelens-assignment",\n  "version": 1 }');
    const notes = file('notes.txt', 'framelens-assignment is mentioned, but not as a format');
    const native = file('n.json', '{ "format": "framelens", "version": 1 }');
    const submission = file('s.json', '{"format":"framelens-submission","version":1}');
    // The format beyond the first 4 KB is not looked for: 4,100 spaces come first.
    const late = file('late.json', `{${' '.repeat(4100)}"format": "framelens-feedback"}`);
    const sorted = await sortOutClassroomFiles([assignment, notes, native, submission, late]);
    expect(sorted.classroom.map((one) => one.name)).toEqual(['a.json', 's.json']);
    expect(sorted.other.map((one) => one.name)).toEqual(['notes.txt', 'n.json', 'late.json']);
  });
});
