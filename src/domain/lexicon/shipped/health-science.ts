import type { LexiconEntry } from '../../types';
import { rows } from './make-entry';
import * as S from './sources';

/** Health and science controversies: name calling, conspiracy frames, hype and fear. */
export const healthEntries: LexiconEntry[] = [
  ...rows('actor-label', S.SEMEVAL_LABELING, [
    [
      'anti-vaxxer',
      -2,
      [
        'anti-vaxxer',
        'anti-vaxxers',
        'anti-vaxer',
        'anti-vaxers',
        'anti-vax',
        'anti-vaxx',
        'covidiot',
        'covidiots',
      ],
      'Name calling for vaccine sceptics.',
    ],
    ['big-pharma', -2, ['Big Pharma'], 'Casts the drug industry as a sinister bloc.'],
    [
      'conspiracy-theorist',
      -2,
      [
        'conspiracy theorist',
        'conspiracy theorists',
        'conspiracy theory',
        'conspiracy theories',
        'election denier',
        'election deniers',
        'science denier',
        'science deniers',
      ],
      'Dismisses a party or a claim by a label.',
    ],
  ]),
  ...rows('loaded-language', `${S.SEMEVAL_LOADED}; ${S.SEMEVAL_FEAR}`, [
    ['plandemic', -2, ['plandemic', 'scamdemic'], 'Casts a pandemic as a hoax.'],
    [
      'killer-virus',
      -2,
      ['killer virus', 'killer bug', 'killer disease', 'superbug', 'superbugs'],
      'Appeal to fear.',
    ],
    [
      'miracle-cure',
      1,
      ['miracle cure', 'miracle cures', 'wonder drug', 'wonder drugs', 'magic bullet'],
      'Exaggerates a treatment.',
    ],
    [
      'medical-tyranny',
      -2,
      ['medical tyranny', 'health tyranny', 'health fascism', 'nanny state'],
      'Casts public-health rules as oppression.',
    ],
    [
      'experimental-vaccine',
      -2,
      ['experimental vaccine', 'experimental vaccines', 'experimental jab', 'experimental jabs'],
      'Casts doubt on an approved vaccine.',
    ],
  ]),
];
