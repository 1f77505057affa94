import type { LexiconEntry } from '../../types';
import { rows } from './make-entry';
import * as S from './sources';

/**
 * The second, systematic pass over VADER and AFINN: every word rated at least as strongly as the
 * first pass's threshold (VADER mean |rating| >= 2.5, AFINN |score| >= 3) that judges a person, an
 * act or an event, minus the words the news-neutrality rule in docs/decisions/0008 leaves out.
 */
const judgements = rows('loaded-language', `${S.VADER}; ${S.AFINN}`, [
  ['abusive', -2, ['abusive', 'abusively'], 'Judges conduct as abuse.'],
  ['acrimonious', -1, ['acrimonious', 'acrimony'], 'Emotive description of a dispute.'],
  [
    'agonising',
    -1,
    ['agonising', 'agonizing', 'agonisingly', 'agonizingly', 'excruciating', 'excruciatingly'],
    'Emotive intensifier of suffering or delay.',
  ],
  ['bully', -2, ['bully', 'bullies', 'bullied', 'bullying'], 'Names pressure as bullying.'],
  ['cheat', -2, ['cheat', 'cheats', 'cheated', 'cheating'], 'Accuses a party of cheating.'],
  ['corrupt', -2, ['corrupt'], 'Judges a person or institution as corrupt.'],
  [
    'deceitful',
    -2,
    ['deceitful', 'deceit', 'deceive', 'deceives', 'deceived', 'deceiving', 'deceptive'],
    'Accuses a party of deceit.',
  ],
  ['dishonest', -2, ['dishonest', 'dishonestly', 'dishonesty'], 'Accuses a party of dishonesty.'],
  ['fraudulent', -2, ['fraudulent'], 'Judges an act or a result as fraud.'],
  ['degrading', -2, ['degrading'], 'Emotive description of treatment.'],
  [
    'dreadful',
    -2,
    ['dreadful', 'dreadfully', 'terrible', 'terribly', 'awful', 'horrid', 'hideous'],
    'Emotive evaluation.',
  ],
  ['dismal', -1, ['dismal', 'dismally', 'woeful', 'woefully'], 'Evaluative judgement of a result.'],
  ['doomed', -1, ['doomed', 'doomsday'], 'Exaggerates a bad outcome.'],
  [
    'fiasco',
    -2,
    ['fiasco', 'fiascos', 'fiascoes', 'travesty', 'travesties'],
    'Judges an event as a failure.',
  ],
  ['flawed', -1, ['flawed', 'deeply flawed'], 'Judges a process or a plan.'],
  ['frenzy', -1, ['frenzy', 'frenzied'], 'Emotive description of a crowd or a reaction.'],
  ['frightening', -2, ['frightening', 'frighteningly', 'ominous', 'ominously'], 'Appeal to fear.'],
  ['grim', -1, ['grim'], 'Emotive evaluation of news.'],
  [
    'heartbreaking',
    -2,
    ['heartbreaking', 'heart-breaking', 'heartbreak'],
    'Emotive description of loss.',
  ],
  ['horror', -2, ['horror', 'horrors', 'horrifies', 'horrifyingly'], 'Emotive evaluation.'],
  ['inexcusable', -2, ['inexcusable', 'unforgivable'], 'Moral condemnation.'],
  ['injustice', -1, ['injustice', 'injustices'], 'Names an outcome as unjust.'],
  ['madness', -2, ['madness', 'insanity'], 'Dismisses a decision as irrational.'],
  ['ludicrous', -2, ['ludicrous', 'ridiculous', 'pathetic'], 'Dismissive evaluation.'],
  ['loathsome', -2, ['loathsome', 'obnoxious', 'nasty', 'obscene'], 'Emotive condemnation.'],
  ['poisonous', -2, ['poisonous', 'vitriolic', 'virulent'], 'Metaphor of poison for debate.'],
  ['ruinous', -2, ['ruinous', 'ruination'], 'Exaggerates harm.'],
  ['tragic', -1, ['tragic', 'tragically', 'tragedy', 'tragedies'], 'Emotive framing of an event.'],
  [
    'fury',
    -1,
    ['fury', 'furious', 'furiously', 'fuming', 'irate', 'livid', 'enraged'],
    'Presents a reaction as extreme anger.',
  ],
  ['scam', -2, ['scam', 'scams'], 'Names a scheme as a swindle.'],
  ['scandal', -1, ['scandal', 'scandals'], 'Names an affair as a scandal.'],
  ['treasonous', -2, ['treasonous', 'seditious'], 'Accuses a party of treason.'],
]);

const praise = rows('loaded-language', `${S.VADER}; ${S.AFINN}`, [
  [
    'admirable',
    2,
    ['admirable', 'admirably', 'praiseworthy', 'commendable'],
    'Praise of a party or an act.',
  ],
  ['gallant', 2, ['gallant', 'gallantly', 'gallantry', 'heroine', 'heroines'], 'Glorification.'],
  ['glorious', 2, ['glorious', 'gloriously', 'triumphant', 'triumphantly'], 'Glorification.'],
  ['visionary', 2, ['visionary', 'visionaries'], 'Praise of a leader.'],
  [
    'noble',
    2,
    ['noble', 'virtuous', 'dauntless', 'invincible', 'heroics'],
    'Glorification of a party.',
  ],
  [
    'triumph',
    2,
    ['triumph', 'triumphs', 'triumphed', 'triumphing', 'triumphal'],
    'Glorifies a success.',
  ],
]);

const nameCalling = rows('actor-label', `${S.SEMEVAL_LABELING}; ${S.VADER}; ${S.AFINN}`, [
  [
    'idiot',
    -2,
    [
      'idiot',
      'idiots',
      'idiotic',
      'idiocy',
      'imbecile',
      'imbeciles',
      'moron',
      'morons',
      'moronic',
      'stupid',
      'stupidity',
    ],
    'Name calling.',
  ],
  ['evildoer', -2, ['evildoer', 'evildoers'], 'Name calling.'],
  ['fanatic', -2, ['fanatic', 'fanatics', 'fanatical', 'hotheads'], 'Name calling.'],
  ['ringleader', -1, ['ringleader', 'ringleaders'], 'Casts a person as the head of a crime.'],
  ['apologists', -2, ['apologist', 'apologists'], 'Casts a party as defending the indefensible.'],
]);

const doubt = rows('attribution-doubt', `${S.SEMEVAL_DOUBT}; ${S.AFINN}`, [
  ['misleading', -1, ['misleading', 'mislead', 'misleads', 'misled'], 'Judges a claim.'],
  [
    'cover-up',
    -2,
    ['cover-up', 'cover-ups', 'whitewash', 'whitewashes', 'whitewashed', 'whitewashing'],
    'Accuses a party of hiding the truth.',
  ],
  ['questionable', -1, ['questionable', 'highly questionable'], 'Casts doubt.'],
  ['self-described', -1, ['self-described'], 'Distances the writer from a designation.'],
]);

/** Phrase patterns of the SemEval categories, written by hand (no list of them is licensed). */
const patterns = [
  ...rows('loaded-language', S.SEMEVAL_EXAGGERATION, [
    [
      'uproar',
      -1,
      [
        'uproar',
        'furore',
        'furores',
        'furor',
        'outcry',
        'outcries',
        'backlash',
        'backlashes',
        'debacle',
        'debacles',
      ],
      'Exaggerates a reaction.',
    ],
    ['out-of-control', -1, ['out of control', 'out-of-control'], 'Exaggerates disorder.'],
    ['rampant', -1, ['rampant'], 'Exaggerates how common something is.'],
    ['absurd', -1, ['absurd', 'preposterous', 'abysmal'], 'Dismissive exaggeration.'],
    [
      'nothing-more-than',
      -1,
      ['nothing more than', 'little more than', 'nothing but a'],
      'Minimises a party or an act.',
    ],
  ]),
  ...rows('loaded-language', S.SEMEVAL_FEAR, [
    ['menace', -2, ['menace', 'menaces', 'scourge', 'scourges', 'plague of'], 'Appeal to fear.'],
    [
      'existential-threat',
      -2,
      ['existential threat', 'ticking time bomb', 'time bomb', 'under siege'],
      'Appeal to fear.',
    ],
    ['crisis-hit', -1, ['crisis-hit', 'crisis-ridden', 'full-blown crisis'], 'Appeal to fear.'],
  ]),
];

/** The band just below: VADER mean rating -2.0 to -2.5, the same rule. */
const milderJudgements = rows('loaded-language', S.VADER, [
  [
    'arrogant',
    -2,
    ['arrogant', 'arrogance', 'arrogantly', 'egotist', 'egotists'],
    'Judges a person.',
  ],
  [
    'contemptuous',
    -2,
    ['contemptuous', 'contemptuously', 'disparaging', 'insulting'],
    'Judges a manner as contempt.',
  ],
  [
    'dehumanising',
    -2,
    [
      'dehumanising',
      'dehumanizing',
      'dehumanise',
      'dehumanises',
      'dehumanize',
      'dehumanizes',
      'dehumanised',
      'dehumanized',
    ],
    'Names treatment as dehumanising.',
  ],
  ['disgrace', -2, ['disgrace', 'disgraces', 'shameless', 'shamelessly'], 'Moral condemnation.'],
  ['disturbing', -1, ['disturbing', 'disturbingly'], 'Emotive evaluation.'],
  ['hateful', -2, ['hateful', 'hatefully'], 'Moral condemnation.'],
  [
    'hypocritical',
    -2,
    ['hypocritical', 'hypocrisy', 'hypocrite', 'hypocrites'],
    'Accuses a party of hypocrisy.',
  ],
  ['immoral', -2, ['immoral', 'immorally', 'unethical', 'unjust', 'unfair'], 'Moral judgement.'],
  [
    'incompetent',
    -2,
    ['incompetent', 'incompetence', 'unprofessional', 'thoughtless'],
    'Judges a party as incompetent.',
  ],
  ['infuriating', -1, ['infuriating', 'unacceptable'], 'Emotive judgement of an act.'],
  [
    'pitiful',
    -2,
    ['pitiful', 'pitilessly', 'remorseless', 'remorselessly'],
    'Emotive judgement of a person.',
  ],
  [
    'intensified-forms',
    -2,
    [
      'appallingly',
      'devastatingly',
      'horribly',
      'savagely',
      'sickeningly',
      'stupidly',
      'wickedly',
      'wickedness',
      'viciousness',
      'cruelties',
      'devilish',
      'hooliganism',
    ],
    'Adverb or noun of an emotive evaluation.',
  ],
  [
    'scaremonger',
    -1,
    ['scaremonger', 'scaremongers', 'fearmonger', 'fearmongers'],
    'Name calling.',
  ],
  [
    'fools',
    -2,
    ['fool', 'fools', 'numbskull', 'numbskulls', 'ignoramus', 'ignoramuses', 'lowlifes', 'lowlife'],
    'Name calling.',
  ],
  ['vulture-fund', -2, ['vulture fund', 'vulture funds', 'vulture capitalists'], 'Name calling.'],
]);

/** VADER's booster words that are emotive, not degree words of ordinary prose ("very", "more"). */
const boosters = rows('loaded-language', `${S.VADER} (booster words); ${S.SEMEVAL_EXAGGERATION}`, [
  [
    'utterly',
    -1,
    [
      'utterly',
      'incredibly',
      'unbelievably',
      'tremendously',
      'enormously',
      'hugely',
      'amazingly',
      'awfully',
    ],
    'Emotive intensifier.',
  ],
]);

/** Verbs that replace the neutral "said" and pass judgement on what was said or how. */
const saidSubstitutes = rows('attribution-doubt', `${S.AP_SAID}; ${S.REUTERS}`, [
  [
    'revealed',
    -1,
    ['revealed', 'reveals', 'pointed out', 'points out', 'confessed', 'confesses'],
    'Presents a statement as fact or confession.',
  ],
  [
    'boasted',
    -1,
    ['boasted', 'boasts', 'bragged', 'brags', 'touted', 'trumpeted', 'trumpets'],
    'Presents a statement as self-praise.',
  ],
  [
    'complained',
    -1,
    ['moaned', 'moans', 'whined', 'whines', 'grumbled', 'grumbles', 'whinged', 'whinges'],
    'Belittles a statement as a complaint.',
  ],
  [
    'railed',
    -1,
    ['railed against', 'rails against', 'decried', 'decries'],
    'Presents a statement as an attack.',
  ],
]);

export const sentimentListEntries: LexiconEntry[] = [
  ...judgements,
  ...praise,
  ...nameCalling,
  ...doubt,
  ...patterns,
  ...milderJudgements,
  ...boosters,
  ...saidSubstitutes,
  ...rows('legitimacy-qualifier', `${S.SEMEVAL_LABELING}; ${S.VADER}`, [
    ['totalitarian', -2, ['totalitarian', 'totalitarianism'], 'Judges a system of rule.'],
  ]),
];
