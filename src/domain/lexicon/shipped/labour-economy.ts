import type { LexiconEntry } from '../../types';
import { rows } from './make-entry';
import * as S from './sources';

/** Labour and the economy: strikes, welfare, business, and the vocabulary of hype. */
export const economyEntries: LexiconEntry[] = [
  ...rows('actor-label', S.SEMEVAL_LABELING, [
    ['scab', -2, ['scab', 'scabs', 'blackleg', 'blacklegs'], 'Name calling for strike-breakers.'],
    [
      'union-bosses',
      -1,
      ['union bosses', 'union boss', 'union barons', 'union baron'],
      'Casts union leaders as bosses.',
    ],
    [
      'scroungers',
      -2,
      [
        'scroungers',
        'scrounger',
        'freeloaders',
        'freeloader',
        'benefit cheats',
        'skivers',
        'shirkers',
        'welfare queens',
        'welfare queen',
      ],
      'Name calling for people on benefits.',
    ],
    [
      'fat-cats',
      -2,
      [
        'fat cats',
        'fat cat',
        'fat-cat',
        'profiteers',
        'profiteer',
        'profiteering',
        'price gouging',
        'banksters',
      ],
      'Name calling for the rich or business.',
    ],
  ]),
  ...rows('loaded-language', `${S.SEMEVAL_LOADED}; ${S.SEMEVAL_EXAGGERATION}`, [
    [
      'held-to-ransom',
      -2,
      [
        'held to ransom',
        'holding to ransom',
        'hold to ransom',
        'holding the country to ransom',
        'blackmail',
        'blackmailing',
      ],
      'Casts a strike as extortion.',
    ],
    [
      'poverty-wages',
      -2,
      [
        'poverty wages',
        'starvation wages',
        'slave wages',
        'poverty pay',
        'sweatshop',
        'sweatshops',
      ],
      'Emotive name for low pay.',
    ],
    ['misery', -1, ['misery', 'commuter misery', 'travel misery'], 'Emotive name for disruption.'],
    [
      'staggering',
      -1,
      ['staggering', 'whopping', 'eye-watering', 'mind-boggling', 'jaw-dropping', 'bombshell'],
      'Exaggerating intensifier.',
    ],
    ['greedy', -2, ['greedy', 'greed'], 'Moral condemnation.'],
    ['handouts', -1, ['handouts', 'handout'], 'Casts public support as charity.'],
    [
      'red-tape',
      -1,
      ['red tape', 'job-killing', 'job killer', 'job killers', 'job-destroying'],
      'Casts regulation as harm.',
    ],
    ['crippling', -2, ['crippling', 'crippled', 'cripple', 'cripples'], 'Exaggerates harm.'],
    [
      'skyrocket',
      -1,
      [
        'skyrocket',
        'skyrocketed',
        'skyrocketing',
        'skyrockets',
        'plummet',
        'plummeted',
        'plummeting',
        'plummets',
        'nosedive',
        'nosedived',
      ],
      'Exaggerates a change.',
    ],
    ['meltdown', -1, ['meltdown', 'meltdowns'], 'Exaggerates a fall.'],
    [
      'tax-grab',
      -1,
      ['tax grab', 'stealth tax', 'stealth taxes', 'death tax'],
      'Campaign frame for a tax.',
    ],
    [
      'hard-working-families',
      1,
      [
        'hard-working families',
        'hard-working taxpayers',
        'hardworking families',
        'hardworking taxpayers',
      ],
      'Campaign frame that flatters.',
    ],
  ]),
];
