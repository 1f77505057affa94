import type { LexiconMatch } from '../lexicon/match-lexicon';

/**
 * Context rules: lexicon entries that are loaded in one construction and plain in another
 * ("they claimed that…" / "she claimed the title"; "a flood of migrants" / "flood waters").
 * They run on the matches after the scan, so the scan itself stays a plain DFA walk. A rule
 * belongs to a shipped entry id: an entry the person edits keeps its id and its rule.
 */

/** The words around a match in its sentence, lower-cased: `before` ends nearest the match. */
interface Around {
  form: string;
  before: string[];
  after: string[];
  /** `after` as written (case kept). */
  afterRaw: string[];
  /** The sentence's text just before the match, as written. */
  beforeText: string;
}

type Rule = (around: Around) => boolean;

const WINDOW = 60;
const WORD = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;
const SENTENCE_BREAK = /[.!?;:\n]/u;

function wordsIn(piece: string): string[] {
  return piece.match(WORD) ?? [];
}

function around(text: string, match: LexiconMatch): Around {
  const head = text.slice(Math.max(0, match.start - WINDOW), match.start);
  let cut = head.length;
  while (cut > 0 && !SENTENCE_BREAK.test(head.charAt(cut - 1))) cut--;
  const tail = text.slice(match.end, match.end + WINDOW);
  const stop = tail.search(SENTENCE_BREAK);
  const afterRaw = wordsIn(stop === -1 ? tail : tail.slice(0, stop));
  return {
    form: text.slice(match.start, match.end).toLowerCase(),
    before: wordsIn(head.slice(cut)).map((word) => word.toLowerCase()),
    after: afterRaw.map((word) => word.toLowerCase()),
    afterRaw,
    beforeText: head.slice(cut),
  };
}

const words = (list: string): Set<string> => new Set(list.split(' '));
const last = (list: string[]): string => list[list.length - 1] ?? '';
const anyIn = (list: string[], set: Set<string>): boolean => list.some((word) => set.has(word));

/** "claimed the title", "claimed responsibility", "claimed 12 lives": a taking, not a saying. */
const CLAIM_OBJECTS = words(
  'title titles lives life responsibility credit victory win seat seats prize medal medals ' +
    'gold silver bronze crown record championship cup trophy asylum benefit benefits ' +
    'ownership compensation damages refund spot place stake share pole',
);
const CLAIM_KINDS = words(
  'insurance asylum benefit benefits compensation expenses expense damages injury land ' +
    'territorial wage pay tax refund warranty unemployment jobless disability welfare ' +
    'maritime sovereignty ownership',
);

function claimOfAStatement({ before, after }: Around): boolean {
  if (CLAIM_KINDS.has(last(before))) return false;
  const object = after.slice(0, 3);
  const that = object.indexOf('that');
  return !anyIn(that === -1 ? object : object.slice(0, that), CLAIM_OBJECTS);
}

/** "tax regime", "training regime": a set of rules, not a government. */
const POLICY_WORDS = words(
  'tax visa sanctions sanction training fitness exercise diet dietary treatment drug dosing ' +
    'dosage medication currency exchange-rate trade tariff regulatory inspection inspections ' +
    'licensing pension immigration asylum customs fiscal monetary legal planning import export ' +
    'safety testing verification non-proliferation nonproliferation control controls privacy ' +
    'data disclosure reporting investment subsidy welfare travel quarantine emissions climate ' +
    'flow sentencing accounting insolvency',
);

const governmentRegime = ({ before }: Around): boolean => !POLICY_WORDS.has(last(before));

/** What "stormed" needs to be an assault: a target ("stormed the building", "stormed into"). */
const TARGET_STARTS = words(
  'the a an its their his her our this that these those several two three four into through ' +
    'onto across',
);
const DETERMINERS = words('a an the this that its their his her our tropical winter political');
const MODALS = words('to will would could might should must');

function stormWithTarget({ form, before, after, afterRaw }: Around): boolean {
  const noun = form === 'storm' || form === 'storms';
  if (noun && DETERMINERS.has(last(before))) return false;
  const next = after[0] ?? '';
  if (form === 'storming' && next === 'of') return last(before) === 'the';
  if (TARGET_STARTS.has(next)) return true;
  // "stormed Parliament", "to storm Parliament", but not "Storm Ciara" (a storm's name).
  if (!/^\p{Lu}/u.test(afterRaw[0] ?? '')) return false;
  return !noun || MODALS.has(last(before));
}

/** Water, insect and pest metaphors are dehumanising when they describe people. */
const PEOPLE = words(
  'migrants migrant immigrants immigrant immigration refugees refugee asylum seekers ' +
    'foreigners foreign newcomers arrivals people illegals aliens outsiders crossers ' +
    'strangers protesters demonstrators rioters men youths crowds gangs',
);
const LINKS = words('of with by');

function ofPeople({ before, after }: Around): boolean {
  if (LINKS.has(after[0] ?? '') && anyIn(after.slice(1, 4), PEOPLE)) return true;
  return anyIn(before.slice(-3), PEOPLE);
}

/** "riot police", "riot gear": the equipment's plain name. */
const RIOT_EQUIPMENT = words(
  'police policemen officers officer gear shield shields squad squads control van vans act ' +
    'helmets helmet unit units troops',
);

function riotNotEquipment({ after }: Around): boolean {
  const next = after[0] ?? '';
  if (next === 'of' && /^colou?r/u.test(after[1] ?? '')) return false;
  return !RIOT_EQUIPMENT.has(next);
}

/** "admitted to hospital", "admission fee": an entry, not a confession. */
const ADMISSION_PLACES = words(
  'hospital hospitals clinic care icu university universities college school schools bar ' +
    'ward nato eu membership fee fees ticket tickets price prices charge charges criteria ' +
    'process requirements free',
);
const ADMISSION_KINDS = words('free hospital university college school general museum student');

function confession({ before, after }: Around): boolean {
  if (ADMISSION_KINDS.has(last(before))) return false;
  return !anyIn(after.slice(0, 3), ADMISSION_PLACES);
}

/** "moderate rebels" is a label; "moderate rain", "radical reform" are not. */
const GROUP_NOUNS = words(
  'rebels rebel groups group factions faction opposition wing party parties islamists islamist ' +
    'muslims muslim leader leaders cleric clerics candidate candidates voters politicians ' +
    'lawmakers members forces fighters elements militants activists protesters left right ' +
    'republicans democrats conservatives liberals preacher preachers imam imams students ' +
    'movement movements government regime organisation organization organisations ' +
    'organizations camp figures views',
);

function describesAGroup({ form, after }: Around): boolean {
  if (form !== 'moderate' && form !== 'radical') return true;
  return anyIn(after.slice(0, 2), GROUP_NOUNS);
}

/** "their occupation", "occupation codes": a job. */
const JOB_BEFORE = words(
  'his her their my your by whose each every any previous former usual main chosen skilled',
);
const JOB_AFTER = words(
  'code codes list category categories classification data title titles health therapy ' +
    'therapist therapists',
);

const militaryOccupation = ({ before, after }: Around): boolean =>
  !JOB_BEFORE.has(last(before)) && !JOB_AFTER.has(after[0] ?? '');

/** "conceded defeat", "conceded a goal": the plain language of elections and sport. */
const CONCESSIONS = words(
  'defeat election race victory goal goals penalty penalties seat seats point points set sets ' +
    'game match ground',
);

const concessionOfAClaim = ({ after }: Around): boolean => !anyIn(after.slice(0, 3), CONCESSIONS);

/** "captured the imagination", "seize the opportunity", "carbon capture", "had seizures". */
const FIGURATIVE = words(
  'imagination attention mood moment spirit essence hearts heart headlines opportunity chance ' +
    'initiative momentum market title crown',
);
const RECORDINGS = words('camera video film tape cctv');
/** "seize four knives": police confiscating things (weapons stay: "seized heavy weapons"). */
const CONFISCATED = words(
  'knives knife drugs cocaine heroin cannabis cash assets property goods phones vehicles cars ' +
    'passports documents',
);
const NOT_FORCE_BEFORE = words(
  'carbon motion screen drug drugs cocaine heroin cannabis epileptic febrile suffered had having',
);

function forcibleTaking({ before, after }: Around): boolean {
  if (NOT_FORCE_BEFORE.has(last(before))) return false;
  if (after[0] === 'on' && RECORDINGS.has(after[1] ?? '')) return false;
  const object = after.slice(0, 3);
  return !anyIn(object, FIGURATIVE) && !anyIn(object, CONFISCATED);
}

/** "a crowd crush", "crushed to death": an accident, not a use of force. */
const CRUSH_NOUN_BEFORE = words('crowd stampede a the');

function crushByForce({ before, after }: Around): boolean {
  if (CRUSH_NOUN_BEFORE.has(last(before))) return false;
  if (after[0] === 'to' && after[1] === 'death') return false;
  return after[0] !== 'under' && after[0] !== 'beneath';
}

/** "slammed into a wall", "slammed the door": a collision. */
const COLLISION = words('into shut against onto down door doors brakes');

const criticism = ({ after }: Around): boolean => !anyIn(after.slice(0, 2), COLLISION);

/** "defending champion", "defend the title": sport; "defend the decision": argument. */
const NOT_FIGHTING = words(
  'champion champions title titles crown decision decisions policy policies operation plan ' +
    'record move measures tactics actions law bill approach response strategy',
);

const defenceInFighting = ({ after }: Around): boolean => !anyIn(after.slice(0, 3), NOT_FIGHTING);

/** "accused of murdering", "denies murder", "murder trial": the name of the charge. */
const CHARGE_BEFORE = words(
  'accused charged charge denies denied deny denying convicted guilty suspicion trial admits ' +
    'admitted attempted alleged',
);
const CHARGE_AFTER = words('trial charge charges investigation inquiry case conviction suspect');

function murderNotACharge({ before, after }: Around): boolean {
  if (anyIn(before.slice(-3), CHARGE_BEFORE)) return false;
  return !CHARGE_AFTER.has(after[0] ?? '');
}

/** "precisely" is almost always "exactly" ("precisely because", "at precisely noon"). */
const precisionOfForce = ({ form }: Around): boolean => form !== 'precisely';

/** "Hayat Tahrir al-Sham": the Arabic name of the Levant, not a fake. */
const notArabicName = ({ beforeText }: Around): boolean =>
  !/(?:^|[^\p{L}])(?:al|el|ash)[-\u2010\u2011\u2013 ]$/iu.test(beforeText);

const RULES: ReadonlyMap<string, Rule> = new Map<string, Rule>([
  ['lx-claimed', claimOfAStatement],
  ['lx-regime', governmentRegime],
  ['lx-storm', stormWithTarget],
  ['lx-storm-target', stormWithTarget],
  ['lx-flood', ofPeople],
  ['lx-swarm', ofPeople],
  ['lx-influx', ofPeople],
  ['lx-tide', ofPeople],
  ['lx-wave-of-people', ofPeople],
  ['lx-infestation', ofPeople],
  ['lx-riot', riotNotEquipment],
  ['lx-admitted', confession],
  ['lx-moderate', describesAGroup],
  ['lx-radical', describesAGroup],
  ['lx-occupation', militaryOccupation],
  ['lx-conceded', concessionOfAClaim],
  ['lx-capture', forcibleTaking],
  ['lx-seize', forcibleTaking],
  ['lx-crush', crushByForce],
  ['lx-slammed', criticism],
  ['lx-defend', defenceInFighting],
  ['lx-precision', precisionOfForce],
  ['lx-sham', notArabicName],
  ['lx-murder', murderNotACharge],
]);

/** The matches whose entry has no context rule, or whose context the rule accepts. */
export function applyContextRules(text: string, matches: readonly LexiconMatch[]): LexiconMatch[] {
  return matches.filter((match) => {
    const rule = RULES.get(match.entryId);
    return rule === undefined || rule(around(text, match));
  });
}
