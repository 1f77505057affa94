import type { LexiconEntry } from '../../types';
import { rows } from './make-entry';
import * as S from './sources';

/** Elections and politics: stolen, rigged, sham; autocrats, elites and traitors. */
export const politicsEntries: LexiconEntry[] = [
  ...rows('loaded-language', `${S.SEMEVAL_LOADED}; ${S.SEMEVAL_DOUBT}`, [
    ['trounced', -1, ['trounced', 'trouncing', 'drubbing', 'thrashing'], 'Dramatises a defeat.'],
    [
      'lambast',
      -1,
      ['lambast', 'lambasted', 'lambasting', 'excoriated', 'berated', 'savaged'],
      'Dramatises criticism.',
    ],
    [
      'virtue-signalling',
      -1,
      ['virtue signalling', 'virtue signaling', 'virtue-signalling'],
      'Dismisses a stance as insincere.',
    ],
    [
      'stolen-election',
      -2,
      [
        'stolen election',
        'stolen elections',
        'stole the election',
        'steal the election',
        'stealing the election',
        'stolen vote',
        'stolen votes',
        'stop the steal',
      ],
      'Asserts fraud without attribution.',
    ],
    [
      'rigged',
      -2,
      ['rigged', 'vote-rigging', 'ballot-rigging', 'ballot-stuffing', 'election rigging'],
      'Asserts fraud.',
    ],
    [
      'witch-hunt',
      -2,
      ['witch-hunt', 'witch-hunts', 'witchhunt'],
      'Casts an inquiry as persecution.',
    ],
    ['hoax', -2, ['hoax', 'hoaxes', 'fake news'], 'Dismisses a report as invented.'],
    [
      'power-grab',
      -2,
      ['power grab', 'power grabs', 'soft coup', 'judicial coup'],
      'Casts a political move as a seizure of power.',
    ],
    [
      'propaganda',
      -2,
      ['propaganda', 'propagandist', 'propagandists', 'disinformation campaign'],
      'Dismisses a party’s speech.',
    ],
    ['cronies', -2, ['cronies', 'cronyism', 'crony'], 'Casts allies as corrupt.'],
    [
      'u-turn',
      -1,
      ['U-turn', 'U-turns', 'flip-flop', 'flip-flopped', 'flip-flopping'],
      'Casts a change of policy as weakness.',
    ],
    ['gaffe', -1, ['gaffe', 'gaffes', 'gaffe-prone'], 'Casts a remark as a blunder.'],
    [
      'slammed',
      -1,
      [
        'slam',
        'slams',
        'slammed',
        'slamming',
        'lashed out',
        'lashes out',
        'lash out',
        'hit out at',
        'hits out at',
        'fumed',
        'seething',
      ],
      'Dramatises criticism (not "slammed into").',
    ],
    [
      'tirade',
      -1,
      ['tirade', 'tirades', 'rant', 'rants', 'ranted', 'diatribe', 'diatribes'],
      'Dismisses a statement as an outburst.',
    ],
    [
      'enemy-of-the-people',
      -2,
      ['enemy of the people', 'enemies of the people'],
      'Name calling for opponents or the press.',
    ],
  ]),
  ...rows('actor-label', S.SEMEVAL_LABELING, [
    [
      'bigot',
      -2,
      ['bigot', 'bigots', 'bigoted', 'racist', 'racists', 'xenophobe', 'xenophobes', 'xenophobic'],
      'Name calling, or a charge in the writer’s voice.',
    ],
    [
      'autocrat',
      -2,
      ['autocrat', 'autocrats', 'autocratic', 'strongman', 'strongmen'],
      'Delegitimising name for a ruler.',
    ],
    [
      'demagogue',
      -2,
      ['demagogue', 'demagogues', 'demagoguery', 'rabble-rouser', 'rabble-rousers'],
      'Name calling for a politician.',
    ],
    ['firebrand', -1, ['firebrand', 'firebrands'], 'Casts a politician as incendiary.'],
    [
      'traitor',
      -2,
      ['traitor', 'traitors', 'treacherous', 'turncoat', 'turncoats'],
      'Name calling: disloyalty.',
    ],
    [
      'elites',
      -1,
      ['elites', 'liberal elite', 'liberal elites', 'metropolitan elite', 'political elite'],
      'Populist framing of opponents.',
    ],
    ['fascist', -2, ['fascist', 'fascists'], 'Name calling.'],
    [
      'mouthpiece',
      -2,
      ['mouthpiece', 'mouthpieces', 'lackey', 'lackeys', 'stooge', 'stooges'],
      'Denies a speaker independence.',
    ],
  ]),
  ...rows('legitimacy-qualifier', S.SEMEVAL_LABELING, [
    ['sham', -2, ['sham', 'shams', 'charade', 'farce'], 'Denies a vote or process legitimacy.'],
    [
      'illegitimate',
      -2,
      ['illegitimate', 'unelected', 'self-appointed'],
      'Denies a party legitimacy.',
    ],
    ['rogue', -2, ['rogue', 'rogue state', 'rogue states'], 'Denies a party legitimacy.'],
    [
      'embattled',
      -1,
      ['embattled', 'beleaguered', 'disgraced', 'scandal-hit', 'scandal-plagued', 'scandal-ridden'],
      'Frames a party by its troubles.',
    ],
    ['populist', -1, ['populist', 'populists'], 'Evaluative political label.'],
    ['breakaway', -1, ['breakaway'], 'Denies a region or group standing.'],
  ]),
];
