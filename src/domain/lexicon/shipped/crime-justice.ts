import type { LexiconEntry } from '../../types';
import { rows } from './make-entry';
import * as S from './sources';

/** Crime and justice: labels for offenders, emotive words for crimes, tough-on-crime frames. */
export const crimeEntries: LexiconEntry[] = [
  ...rows('actor-label', `${S.SEMEVAL_LABELING}; ${S.AFINN}`, [
    [
      'criminals',
      -2,
      [
        'criminals',
        'career criminal',
        'career criminals',
        'hardened criminals',
        'hardened criminal',
      ],
      'Names people by crime (the plural noun).',
    ],
    [
      'predator',
      -2,
      ['predator', 'predators', 'superpredator', 'superpredators'],
      'Dehumanising label for offenders.',
    ],
    [
      'monster',
      -2,
      ['monster', 'monsters', 'fiend', 'fiends'],
      'Dehumanising label for offenders.',
    ],
    [
      'lunatic',
      -2,
      ['lunatic', 'lunatics', 'madman', 'madmen', 'maniac', 'maniacs', 'deranged', 'unhinged'],
      'Name calling.',
    ],
    ['vigilante', -1, ['vigilante', 'vigilantes'], 'Label for private enforcers.'],
    [
      'thief-label',
      -1,
      ['crooks', 'crook', 'fraudsters', 'fraudster', 'swindlers', 'swindler'],
      'Name calling for people accused of fraud.',
    ],
  ]),
  ...rows('loaded-language', `${S.SEMEVAL_LOADED}; ${S.SEMEVAL_FEAR}`, [
    [
      'zero-tolerance',
      1,
      ['zero tolerance', 'over-policing', 'overpolicing'],
      'Campaign phrases for and against policing.',
    ],
    [
      'slap-on-the-wrist',
      -1,
      ['slap on the wrist', 'lenient', 'soft sentence', 'soft sentences', 'soft-touch'],
      'Minimises a sentence.',
    ],
    [
      'crime-wave',
      -2,
      [
        'crime wave',
        'crime waves',
        'crime spree',
        'crime-ridden',
        'no-go zone',
        'no-go zones',
        'no-go area',
        'no-go areas',
        'hellhole',
        'hellholes',
      ],
      'Appeal to fear about a place.',
    ],
    [
      'tough-on-crime',
      1,
      ['tough on crime', 'soft on crime'],
      'Campaign frame for justice policy.',
    ],
    [
      'cold-blooded',
      -2,
      ['cold-blooded', 'in cold blood', 'execution-style'],
      'Emotive description of a killing.',
    ],
    [
      'depraved',
      -2,
      ['depraved', 'perverted', 'degenerate', 'degenerates'],
      'Moral condemnation of a person or act.',
    ],
  ]),
  ...rows('action-framing', `${S.SEMEVAL_LOADED}; ${S.VADER}`, [
    [
      'criminalise',
      -1,
      [
        'criminalise',
        'criminalises',
        'criminalised',
        'criminalising',
        'criminalize',
        'criminalizes',
        'criminalized',
        'criminalizing',
      ],
      'Frames a rule as turning people into criminals.',
    ],
    [
      'scapegoat',
      -1,
      ['scapegoat', 'scapegoats', 'scapegoated', 'scapegoating'],
      'Frames blame as unfair.',
    ],
    [
      'gun-down',
      -2,
      [
        'gunned down',
        'gun down',
        'guns down',
        'gunning down',
        'mowed down',
        'mown down',
        'mow down',
      ],
      'Emotive name for a shooting.',
    ],
  ]),
  ...rows('casualty-framing', S.SEMEVAL_LOADED, [
    ['heartbroken', 2, ['heartbroken', 'bled to death'], 'Foregrounds grief and suffering.'],
    [
      'innocent-victims',
      2,
      ['innocent victims', 'innocent victim', 'innocent bystanders', 'innocent bystander'],
      'Foregrounds innocence.',
    ],
    ['unarmed', 1, ['unarmed'], 'Foregrounds that a victim posed no threat.'],
  ]),
  ...rows('legitimacy-qualifier', S.SEMEVAL_LABELING, [
    [
      'known-to-police',
      -1,
      ['known to police', 'gang-related', 'gang-affiliated', 'gang-linked'],
      'Police labels that pre-judge people.',
    ],
    ['law-abiding', 1, ['law-abiding'], 'Divides people into the good and the rest.'],
  ]),
];
