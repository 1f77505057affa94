import type { LexiconEntry } from '../../types';
import { rows } from './make-entry';
import * as S from './sources';

/** War and terrorism beyond the seed corpus: labels and loaded words of any conflict. */
export const conflictEntries: LexiconEntry[] = [
  ...rows('actor-label', `${S.BBC_TERRORISM}; ${S.SEMEVAL_LABELING}`, [
    ['bandit', -2, ['bandits', 'bandit'], 'Criminalising label for an armed group.'],
    [
      'terror-cell',
      -2,
      ['terror cell', 'terror cells', 'terrorist cell', 'terrorist cells'],
      'Terrorist label for a small group.',
    ],
    [
      'warmonger',
      -2,
      ['warmonger', 'warmongers', 'warmongering', 'merchants of death'],
      'Name calling: blames a party for wanting war.',
    ],
    [
      'islamofascist',
      -2,
      ['Islamofascist', 'Islamofascists', 'Islamofascism'],
      'Name calling joining a religion to fascism.',
    ],
  ]),
  ...rows('loaded-language', `${S.SEMEVAL_LOADED}; ${S.VADER}`, [
    ['terror', -2, ['terror'], 'Names violence or a campaign as terror.'],
    [
      'war-crimes',
      -2,
      ['war crime', 'war crimes', 'crimes against humanity'],
      'A grave charge made in the writer’s voice.',
    ],
    [
      'indiscriminate',
      -2,
      ['indiscriminate', 'indiscriminately'],
      'Judges force as aimed at no one in particular.',
    ],
    [
      'carpet-bombing',
      -2,
      ['carpet bombing', 'carpet-bombed', 'carpet bombed'],
      'Emotive name for bombing.',
    ],
    ['onslaught', -2, ['onslaught', 'onslaughts'], 'Emotive name for an assault.'],
    [
      'sabre-rattling',
      -1,
      ['sabre-rattling', 'saber-rattling'],
      'Dismisses a show of force as bluster.',
    ],
    ['bellicose', -1, ['bellicose', 'belligerence'], 'Judges a party as eager for war.'],
    [
      'provocation',
      -1,
      ['provocation', 'provocations', 'provocateur', 'provocateurs'],
      'Blames the other side for what follows.',
    ],
    ['apartheid', -2, ['apartheid'], 'A contested charge naming a system of rule.'],
  ]),
  ...rows('action-framing', `${S.SEMEVAL_LOADED}; ${S.VADER}`, [
    [
      'terrorise',
      -2,
      [
        'terrorise',
        'terrorises',
        'terrorised',
        'terrorising',
        'terrorize',
        'terrorizes',
        'terrorized',
        'terrorizing',
      ],
      'Names an act as meant to terrify.',
    ],
    [
      'storm-target',
      -1,
      ['storm', 'storms'],
      'Violent entry (only with a target: "storm the building").',
    ],
    [
      'obliterate',
      -2,
      [
        'obliterate',
        'obliterated',
        'obliterates',
        'flattens',
        'flattening',
        'razes',
        'razing',
        'obliterating',
        'flatten',
        'flattened',
        'raze',
        'razed',
      ],
      'Exterminating framing of destruction.',
    ],
  ]),
];

/** The vocabulary of wars of the 2020s and of war metaphors in other news. */
export const modernWarEntries: LexiconEntry[] = [
  ...rows('actor-label', S.SEMEVAL_LABELING, [
    [
      'neo-nazi',
      -2,
      ['neo-Nazi', 'neo-Nazis', 'denazification'],
      'Name calling (also the pretext of a war).',
    ],
    ['orcs', -2, ['orcs', 'orc'], 'Dehumanising name for enemy soldiers.'],
  ]),
  ...rows('action-framing', `${S.SEMEVAL_LOADED}; ${S.SEMEVAL_EXAGGERATION}`, [
    [
      'special-military-operation',
      1,
      ['special military operation', 'special operation'],
      'Euphemism for a war.',
    ],
    [
      'pounded',
      -1,
      [
        'pounded',
        'pounding',
        'pummelled',
        'pummeled',
        'pummelling',
        'hammered',
        'hammering',
        'blitzed',
        'blitz',
        'blitzes',
        'blitzing',
      ],
      'Emotive verb for shelling or bombing.',
    ],
    [
      'decimate',
      -2,
      [
        'decimate',
        'decimated',
        'decimates',
        'pulverise',
        'pulverises',
        'pulverising',
        'pulverize',
        'pulverizes',
        'pulverizing',
        'decimating',
        'pulverised',
        'pulverized',
        'wiped off the map',
        'reduced to rubble',
      ],
      'Exaggerates destruction.',
    ],
    [
      'liquidate',
      -2,
      [
        'liquidate',
        'liquidated',
        'liquidates',
        'liquidating',
        'mop up',
        'mopping up',
        'mopping-up',
        'mopped up',
      ],
      'Euphemism for killing or clearing people.',
    ],
  ]),
  ...rows('casualty-framing', S.SEMEVAL_LOADED, [
    [
      'cannon-fodder',
      -2,
      ['cannon fodder', 'meat grinder', 'meat grinders'],
      'Casts soldiers as expendable.',
    ],
  ]),
  ...rows('loaded-language', S.SEMEVAL_LOADED, [
    [
      'war-on',
      -1,
      [
        'war on drugs',
        'war on crime',
        'war on terror',
        'war on terrorism',
        'class war',
        'class warfare',
        'culture war',
        'culture wars',
      ],
      'War metaphor for a policy or a debate.',
    ],
  ]),
];
