import type { LexiconEntry } from '../../types';
import { rows } from './make-entry';
import * as S from './sources';

/** Migration and asylum: labels for people, and the metaphors of water, insects and war. */
export const migrationEntries: LexiconEntry[] = [
  ...rows('actor-label', `${S.AP_IMMIGRATION}; ${S.REUTERS}`, [
    [
      'illegal-immigrant',
      -2,
      [
        'illegal immigrants',
        'illegal immigrant',
        'illegal migrants',
        'illegal migrant',
        'illegal aliens',
        'illegal alien',
        'criminal aliens',
        'criminal alien',
      ],
      '"Illegal" for a person rather than an act.',
    ],
    ['illegals', -2, ['illegals'], '"Illegal" as a noun for people.'],
    [
      'queue-jumpers',
      -2,
      ['queue-jumpers', 'queue-jumper', 'line-jumpers'],
      'Casts asylum as cheating.',
    ],
    ['anchor-babies', -2, ['anchor babies', 'anchor baby'], 'Dehumanising label for children.'],
    [
      'benefit-tourists',
      -2,
      [
        'benefit tourists',
        'benefit tourism',
        'welfare tourists',
        'health tourism',
        'health tourists',
        'asylum shopping',
      ],
      'Casts migrants as abusing welfare.',
    ],
  ]),
  ...rows('legitimacy-qualifier', `${S.AP_IMMIGRATION}; ${S.GUARDIAN}`, [
    [
      'genuine-refugees',
      1,
      ['genuine refugees', 'genuine refugee', 'genuine asylum seekers'],
      'Implies that other refugees are fake.',
    ],
    ['bogus', -2, ['bogus'], 'Denies a claim or status ("bogus asylum seekers").'],
    ['economic-migrants', -1, ['economic migrants', 'economic migrant'], 'Denies refugee status.'],
    [
      'undocumented',
      1,
      [
        'undocumented immigrants',
        'undocumented immigrant',
        'undocumented migrants',
        'undocumented migrant',
        'undocumented workers',
      ],
      'The chosen alternative to "illegal": still a framing.',
    ],
  ]),
  ...rows('loaded-language', S.DEHUMANISING, [
    [
      'flood',
      -2,
      ['flood', 'floods', 'flooded', 'flooding'],
      'Water metaphor for people (only of people).',
    ],
    [
      'swarm',
      -2,
      ['swarm', 'swarms', 'swarmed', 'swarming'],
      'Insect metaphor for people (only of people).',
    ],
    ['horde', -2, ['horde', 'hordes'], 'Dehumanises a group of people.'],
    ['influx', -1, ['influx', 'influxes'], 'Flow metaphor for people (only of people).'],
    ['tide', -2, ['tide', 'tides'], 'Water metaphor for people (only of people).'],
    ['wave-of-people', -1, ['wave', 'waves'], 'Water metaphor for people (only of people).'],
    [
      'infestation',
      -2,
      ['infestation', 'infest', 'infested', 'infests', 'infesting'],
      'Pest metaphor for people (only of people).',
    ],
    [
      'vermin',
      -2,
      ['vermin', 'cockroach', 'cockroaches', 'parasites', 'subhuman', 'subhumans'],
      'Dehumanising name for people.',
    ],
    [
      'migrant-crisis',
      -1,
      ['migrant crisis', 'migration crisis', 'refugee crisis', 'border crisis'],
      'Crisis framing of arrivals.',
    ],
    [
      'open-borders',
      -1,
      ['open borders', 'open-door policy', 'chain migration', 'catch and release'],
      'Campaign phrases that frame a policy.',
    ],
  ]),
  ...rows('action-framing', `${S.GUARDIAN}; ${S.SEMEVAL_LOADED}`, [
    ['pushbacks', -1, ['pushbacks'], 'Names the forced return of people at a border.'],
  ]),
];
