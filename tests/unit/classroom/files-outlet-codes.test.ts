import { describe, expect, it } from 'vitest';
import {
  assignOutletCodes,
  codeLetters,
  redactOutletName,
} from '../../../src/domain/classroom/outlet-codes';
import {
  buildOutletMask,
  isOutletMasked,
  NO_MASK,
  outletDisplayName,
  titleForDisplay,
  urlForDisplay,
} from '../../../src/domain/classroom/outlet-mask';
import { makeAssignment } from './files-sample-data';

// Outlet ids that are the outlets' names: a code that leaked an id would leak a name.
const OUTLETS = ['Levant24', 'Yalla TV', 'Tasnim News Agency', 'The New Arab', 'RT'];
const ID = '0193a1b2-0000-7000-8000-00000000a001';

describe('outlet codes', () => {
  it('are the same on every call and whatever the order the outlets come in', () => {
    const codes = assignOutletCodes(ID, OUTLETS);
    expect(assignOutletCodes(ID, OUTLETS)).toEqual(codes);
    expect(assignOutletCodes(ID, [...OUTLETS].reverse())).toEqual(codes);
    expect(assignOutletCodes(ID, [OUTLETS[3]!, OUTLETS[0]!, ...OUTLETS])).toEqual(codes);
  });

  it('give each outlet one of the letters A to E, each letter once, and nothing else', () => {
    const codes = assignOutletCodes(ID, OUTLETS);
    expect(Object.keys(codes).sort()).toEqual([...OUTLETS].sort());
    expect(Object.values(codes).sort()).toEqual([
      'Outlet A',
      'Outlet B',
      'Outlet C',
      'Outlet D',
      'Outlet E',
    ]);
    for (const code of Object.values(codes)) {
      for (const name of OUTLETS) expect(code.toLowerCase()).not.toContain(name.toLowerCase());
    }
  });

  it('differ between assignments (the letters say nothing about the outlets)', () => {
    const orders = new Set(
      Array.from({ length: 20 }, (_, index) =>
        JSON.stringify(assignOutletCodes(`assignment-${index}`, OUTLETS)),
      ),
    );
    // 5 outlets have 120 orders; 20 ids all giving the same one would mean no shuffle.
    expect(orders.size).toBeGreaterThan(1);
  });

  it('count on past Z as spreadsheets do', () => {
    // index 26 = 1·26 + 0 → "AA"; 701 = 26·26 + 25 → "ZZ"; 702 → "AAA".
    expect([0, 25, 26, 27, 701, 702].map(codeLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('redactOutletName', () => {
  it('replaces the name as a whole word, in any case', () => {
    expect(redactOutletName('RT: Syrian army advances', 'RT', 'Outlet C')).toBe(
      'Outlet C: Syrian army advances',
    );
    expect(redactOutletName('As rt reported, and RT.com too', 'RT', 'Outlet C')).toBe(
      'As Outlet C reported, and Outlet C.com too',
    );
    expect(redactOutletName('ARTS and a start', 'RT', 'Outlet C')).toBe('ARTS and a start');
    expect(redactOutletName("Levant24's view", 'Levant24', 'Outlet A')).toBe("Outlet A's view");
    expect(redactOutletName('Levant245 is another', 'Levant24', 'Outlet A')).toBe(
      'Levant245 is another',
    );
  });

  it('takes a name with several words or characters of a pattern literally', () => {
    expect(redactOutletName('the new arab says', 'The New Arab', 'Outlet D')).toBe('Outlet D says');
    expect(redactOutletName('C++ Weekly: news', 'C++ Weekly', 'Outlet B')).toBe('Outlet B: news');
    expect(redactOutletName('A.B.C news', 'A.B.C', 'Outlet B')).toBe('Outlet B news');
    expect(redactOutletName('AxBxC news', 'A.B.C', 'Outlet B')).toBe('AxBxC news');
    expect(redactOutletName('Title', '  ', 'Outlet B')).toBe('Title');
  });
});

describe('the outlet mask', () => {
  const blind = { suggestions: false, outletBlind: true };
  const received = makeAssignment(['a'], {
    role: 'student',
    mode: blind,
    outletCodes: { 'outlet-rt': 'Outlet C', 'outlet-levant': 'Outlet A' },
  });

  it('hides the outlets of assignments received outlet-blind and not revealed', () => {
    const mask = buildOutletMask([
      received,
      makeAssignment(['b'], {
        id: 'teacher-own',
        mode: blind,
        outletCodes: { 'outlet-x': 'Outlet A' },
      }),
      makeAssignment(['c'], {
        id: 'revealed',
        role: 'student',
        mode: blind,
        revealed: true,
        outletCodes: { 'outlet-y': 'Outlet B' },
      }),
    ]);
    expect([...mask.codes]).toEqual([
      ['outlet-rt', 'Outlet C'],
      ['outlet-levant', 'Outlet A'],
    ]);
    expect(isOutletMasked(mask, 'outlet-x')).toBe(false);
    expect(buildOutletMask([{ ...received, revealed: true }])).toBe(NO_MASK);
  });

  it('keeps the first code when two assignments code one outlet', () => {
    const later = { ...received, id: 'later', outletCodes: { 'outlet-rt': 'Outlet A' } };
    expect(buildOutletMask([received, later]).codes.get('outlet-rt')).toBe('Outlet C');
  });

  it('shows the code for the name, redacts the title and drops the link', () => {
    const mask = buildOutletMask([received]);
    const article = { title: 'RT: army advances', outletId: 'outlet-rt', url: 'https://rt.com/1' };
    expect(outletDisplayName(mask, 'outlet-rt', 'RT')).toBe('Outlet C');
    expect(titleForDisplay(mask, article, 'RT')).toBe('Outlet C: army advances');
    expect(urlForDisplay(mask, article)).toBeNull();
    const other = { ...article, outletId: 'outlet-other' };
    expect(outletDisplayName(mask, 'outlet-other', 'RT')).toBe('RT');
    expect(titleForDisplay(mask, other, 'RT')).toBe('RT: army advances');
    expect(urlForDisplay(mask, other)).toBe('https://rt.com/1');
  });
});
