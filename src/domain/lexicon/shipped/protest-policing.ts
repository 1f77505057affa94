import type { LexiconEntry } from '../../types';
import { rows } from './make-entry';
import * as S from './sources';

/** Protest, unrest and policing: "riot or protest?". */
export const protestEntries: LexiconEntry[] = [
  ...rows('actor-label', `${S.AP_RIOT}; ${S.SEMEVAL_LABELING}`, [
    [
      'rioter',
      -2,
      ['rioters', 'rioter'],
      'Names protesters by violence; a framing choice, not a description.',
    ],
    ['mob', -2, ['mob', 'mobs', 'angry mob', 'angry mobs'], 'Denies a crowd any purpose.'],
    ['looter', -2, ['looters', 'looter'], 'Names people by a crime.'],
    [
      'hooligan',
      -2,
      [
        'hooligans',
        'hooligan',
        'hoodlums',
        'hoodlum',
        'yobs',
        'yob',
        'louts',
        'lout',
        "ne'er-do-wells",
      ],
      'Name calling for young people in a crowd.',
    ],
    [
      'agitator',
      -2,
      [
        'agitators',
        'agitator',
        'outside agitators',
        'professional agitators',
        'troublemakers',
        'troublemaker',
      ],
      'Denies that a protest is local or sincere.',
    ],
    ['anarchist', -1, ['anarchists', 'anarchist'], 'Political label for protesters.'],
    ['vandal', -1, ['vandals', 'vandal'], 'Names protesters by damage.'],
    [
      'paid-protesters',
      -2,
      ['paid protesters', 'paid protestors', 'rent-a-mob'],
      'Denies that protesters are sincere.',
    ],
  ]),
  ...rows('loaded-language', `${S.AP_RIOT}; ${S.SEMEVAL_LOADED}`, [
    [
      'riot',
      -2,
      ['riot', 'riots', 'rioting'],
      'Names a protest a riot (not "riot police" or "riot gear").',
    ],
    [
      'chaos',
      -2,
      ['chaos', 'chaotic', 'mayhem', 'pandemonium', 'havoc'],
      'Emotive name for disorder.',
    ],
    ['lawless', -2, ['lawless', 'lawlessness', 'anarchy'], 'Denies order in a place.'],
    [
      'rampage',
      -2,
      ['rampage', 'rampages', 'rampaged', 'rampaging', 'ran amok', 'running amok', 'run amok'],
      'Emotive name for a crowd’s violence.',
    ],
    ['looting', -1, ['looting', 'looted'], 'Names taking during unrest by a crime.'],
    [
      'heavy-handed',
      -1,
      ['heavy-handed', 'heavy-handedness', 'excessive force'],
      'Judges police action as too harsh.',
    ],
    [
      'police-brutality',
      -2,
      ['police brutality', 'police violence', 'brutalise', 'brutalised', 'brutalize', 'brutalized'],
      'Names police force as abuse.',
    ],
    [
      'clampdown',
      -1,
      ['clampdown', 'clampdowns', 'clamp down', 'clamps down', 'clamped down', 'clamping down'],
      'Frames state force as repression.',
    ],
  ]),
  ...rows('action-framing', `${S.AP_RIOT}; ${S.SEMEVAL_LOADED}`, [
    [
      'crack-down',
      -1,
      ['crack down', 'cracks down', 'cracked down', 'cracking down'],
      'Frames state force as repression.',
    ],
    [
      'quell',
      -1,
      ['quell', 'quells', 'quelled', 'quelling'],
      'Frames a crowd as a disorder to be put down.',
    ],
    [
      'restore-order',
      1,
      ['restore order', 'restored order', 'restoring order', 'restores order', 'law and order'],
      'Frames police force as restoring normal life.',
    ],
    ['kettle', -1, ['kettled', 'kettling'], 'Names the containment of a crowd.'],
  ]),
  ...rows('legitimacy-qualifier', `${S.GUARDIAN}; ${S.SEMEVAL_LABELING}`, [
    [
      'peaceful-protesters',
      2,
      [
        'peaceful protesters',
        'peaceful protester',
        'peaceful protestors',
        'peaceful demonstrators',
        'peaceful demonstrator',
        'peaceful protest',
        'peaceful protests',
      ],
      'Confers legitimacy on a crowd.',
    ],
    [
      'far-right',
      -1,
      [
        'far-right',
        'far-left',
        'hard-right',
        'hard-left',
        'ultranationalist',
        'ultranationalists',
        'ultra-nationalist',
        'ultra-nationalists',
      ],
      'Places a party at an extreme.',
    ],
    [
      'fringe',
      -1,
      ['fringe group', 'fringe groups', 'lunatic fringe', 'radical fringe'],
      'Dismisses a group as marginal.',
    ],
  ]),
];
