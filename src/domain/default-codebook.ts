import type { Codebook } from './types';

/**
 * "Loaded language in conflict reporting" — the codebook that ships with FrameLens.
 * Colours come from the Okabe–Ito palette, chosen to stay distinguishable under the
 * common colour-vision deficiencies; labels always show their name or key as well.
 */
export const DEFAULT_CODEBOOK_ID = 'default';

export const defaultCodebook: Codebook = {
  id: DEFAULT_CODEBOOK_ID,
  name: 'Loaded language in conflict reporting',
  version: 1,
  updatedAt: '2026-11-23T00:00:00.000Z',
  labels: [
    {
      id: 'actor-label',
      name: 'Actor label',
      category: 'Name calling / labeling',
      color: '#E69F00',
      key: '1',
      description:
        'The noun used to name a party: terrorist, militant, jihadist, extremist, insurgent, rebel, fighter, commando, mercenary, regime, army, forces.',
    },
    {
      id: 'loaded-language',
      name: 'Loaded language',
      category: 'Loaded language',
      color: '#56B4E9',
      key: '2',
      description:
        'Emotionally charged or evaluative words: aggression, massacre, brutally, "fatal and painful blows", precise/precision, meticulously.',
    },
    {
      id: 'action-framing',
      name: 'Action framing',
      category: 'Loaded language',
      color: '#009E73',
      key: '3',
      description:
        'How an act is named: liberated, seized, captured, overran, infiltrated, eliminated, killed, retaliatory.',
    },
    {
      id: 'attribution-doubt',
      name: 'Attribution & doubt',
      category: 'Doubt',
      color: '#F0E442',
      key: '4',
      description:
        'How a claim is sourced or hedged: claimed, admitted, acknowledged, reportedly, unverified, according to, designated as.',
    },
    {
      id: 'legitimacy-qualifier',
      name: 'Legitimacy qualifier',
      category: 'Name calling / labeling',
      color: '#CC79A7',
      key: '5',
      description:
        'Words that confer or deny legitimacy: foreign-backed, so-called, hardline, moderate, UK-based (for a monitor), offshoot of.',
    },
    {
      id: 'casualty-framing',
      name: 'Casualty framing',
      category: 'Exaggeration / minimisation',
      color: '#D55E00',
      key: '6',
      description:
        'How victims and the dead are described: civilians including children, fallen soldiers, martyrs, eliminated (of people).',
    },
  ],
  actors: [
    {
      id: 'hts',
      name: 'HTS and allied factions',
      aliases: [
        'HTS',
        'Hayat Tahrir al-Sham',
        'Hay’at Tahrir al-Sham',
        "Hay'at Tahrir al-Sham",
        'Hayat Tahrir-al-Sham',
        'Jabhat al-Nusra',
        'Nusra Front',
        'al-Nusra',
        'Saad bin Abi Waqqas Brigade',
        'Northern Operations Command',
        'rebel factions',
        'rebel groups',
        'militant groups',
        'militants',
        'fighters',
        'commandos',
        'terrorists',
      ],
    },
    {
      id: 'syrian-government',
      name: 'Syrian government and army',
      aliases: [
        'Assad regime',
        'regime',
        'Syrian army',
        'Syrian military',
        'Syrian forces',
        'Syrian soldiers',
        'regime forces',
        'regime soldiers',
        'General Command',
        'Damascus',
        'Bashar al-Assad',
        'Bashar Assad',
        'Assad',
        'Syrian government',
        'soldiers',
      ],
    },
    {
      id: 'russia',
      name: 'Russia',
      aliases: ['Russia', 'Russian forces', 'Russian military', 'Moscow', 'Kremlin', 'Russian'],
    },
    {
      id: 'iran',
      name: 'Iran and allied militias',
      aliases: ['Iran', 'Hezbollah', 'pro-Iranian forces', 'Iranian', 'allied militias'],
    },
    {
      id: 'turkey',
      name: 'Turkey',
      aliases: ['Turkey', 'Ankara', 'pro-Turkish opposition fighters', 'Turkish'],
    },
    {
      id: 'civilians',
      name: 'Civilians',
      aliases: ['civilians', 'civilian population', 'children', 'people', 'families', 'minorities'],
    },
    {
      id: 'monitors-media',
      name: 'Monitors and media',
      aliases: [
        'Syrian Observatory for Human Rights',
        'SOHR',
        'war monitor',
        'monitor',
        'Observatory',
        'SANA',
        'Amjad Media Foundation',
        'White Helmets',
        'Syrian Civil Defense',
        'al-Mayadeen',
      ],
    },
  ],
};
