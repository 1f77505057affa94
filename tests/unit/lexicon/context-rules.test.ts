import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../../../src/domain/lexicon/default-lexicon';
import { compileLexicon, findMatches } from '../../../src/domain/lexicon/match-lexicon';
import { buildSuggestions } from '../../../src/domain/suggestions/build-suggestions';
import { applyContextRules } from '../../../src/domain/suggestions/context-rules';

const matcher = compileLexicon(defaultLexicon);

/** What the reader would suggest in the sentence (matched text, in order). */
const suggested = (sentence: string): string[] =>
  buildSuggestions(sentence, matcher, [], []).map((suggestion) => suggestion.exact);

/** Each case: a sentence, and the term that must (or must not) be suggested in it. */
function expectRule(kept: [string, string][], dropped: [string, string][]): void {
  for (const [sentence, term] of kept) expect(suggested(sentence), sentence).toContain(term);
  for (const [sentence, term] of dropped) {
    // The scan does find the term: the rule is what drops it.
    const scanned = findMatches(matcher, sentence).map((m) => sentence.slice(m.start, m.end));
    expect(scanned, sentence).toContain(term);
    expect(suggested(sentence), sentence).not.toContain(term);
  }
}

describe('context rules', () => {
  it('"claimed": a statement, not a title, lives or responsibility', () => {
    expectRule(
      [
        ['The ministry claimed that the protesters had fired first.', 'claimed'],
        ['The group claimed the police had opened fire.', 'claimed'],
        ['Officials dismissed the claims of torture.', 'claims'],
      ],
      [
        ['She claimed the title in Rome.', 'claimed'],
        ['The fire claimed 12 lives.', 'claimed'],
        ['No group has claimed responsibility for the blast.', 'claimed'],
        ['Insurance claims rose after the floods.', 'claims'],
      ],
    );
  });

  it('"regime": a government, not a tax or training regime', () => {
    expectRule(
      [['The regime arrested the editors.', 'regime']],
      [
        ['The new tax regime starts in April.', 'regime'],
        ['Her training regime is strict.', 'regime'],
        ['The sanctions regime was tightened.', 'regime'],
      ],
    );
  });

  it('"storm": an assault with a target, not the weather or a walk-out', () => {
    expectRule(
      [
        ['Hundreds stormed the building at dawn.', 'stormed'],
        ['They tried to storm the embassy.', 'storm'],
        ['Crowds stormed Parliament.', 'stormed'],
        ['Footage shows the storming of the palace.', 'storming'],
      ],
      [
        ['A storm hit the coast overnight.', 'storm'],
        ['Storm Ciara closed the port.', 'Storm'],
        ['The minister stormed out of the meeting.', 'stormed'],
      ],
    );
  });

  it('water, insect and pest metaphors only of people', () => {
    expectRule(
      [
        ['Officials warned of a flood of migrants.', 'flood'],
        ['Migrants flooding into the town were stopped.', 'flooding'],
        ['He spoke of a swarm of people at the fence.', 'swarm'],
        ['A new wave of refugees reached the coast.', 'wave'],
        ['The influx of asylum seekers strained the shelters.', 'influx'],
        ['A tide of immigration, the leaflet said.', 'tide'],
        ['Gangs of young men swarmed over the fence.', 'swarmed'],
      ],
      [
        ['Flood waters rose in the valley.', 'Flood'],
        ['The streets flooded after the storm.', 'flooded'],
        ['A swarm of bees closed the park.', 'swarm'],
        ['A wave of arrests followed.', 'wave'],
        ['The influx of cash helped the club.', 'influx'],
        ['The rat infestation closed the kitchen.', 'infestation'],
      ],
    );
  });

  it('"riot": a label for a protest, not riot police or riot gear', () => {
    expectRule(
      [['The march turned into a riot, the mayor said.', 'riot']],
      [
        ['Riot police lined the square.', 'Riot'],
        ['Officers in riot gear moved in.', 'riot'],
        ['The garden was a riot of colour.', 'riot'],
      ],
    );
  });

  it('"admitted": a confession, not a hospital or an entry fee', () => {
    expectRule(
      [['The ministry admitted that two men had died.', 'admitted']],
      [
        ['Three officers were admitted to hospital.', 'admitted'],
        ['Admission is free for children.', 'Admission'],
      ],
    );
  });

  it('"moderate" and "radical" describe a group, not rain or reform', () => {
    expectRule(
      [
        ['Moderate rebels left the talks.', 'Moderate'],
        ['A radical group claimed that it had won.', 'radical'],
      ],
      [
        ['Moderate rain is expected.', 'Moderate'],
        ['The plan is a radical reform of pensions.', 'radical'],
      ],
    );
  });

  it('"occupation": a military presence, not a job', () => {
    expectRule(
      [['Residents protested against the occupation.', 'occupation']],
      [['His occupation was listed as teacher.', 'occupation']],
    );
  });

  it('"conceded": a concession in a dispute, not conceding defeat or a goal', () => {
    expectRule(
      [['The police conceded that the officer had lied.', 'conceded']],
      [
        ['The senator conceded defeat on Tuesday.', 'conceded'],
        ['The team conceded a late goal.', 'conceded'],
      ],
    );
  });

  it('"captured" and "seized": force, not imagination, opportunity or a recording', () => {
    expectRule(
      [
        ['Fighters captured the town.', 'captured'],
        ['Troops seized the airport.', 'seized'],
        ['The rebels also seized heavy weapons.', 'seized'],
      ],
      [
        ['The film captured the mood of the city.', 'captured'],
        ['The moment was captured on camera.', 'captured'],
        ['The leader seized the opportunity.', 'seized'],
        ['He suffered seizures as a child.', 'seizures'],
        ['The plant uses carbon capture.', 'capture'],
        ['Officers seized four knives and cash.', 'seized'],
      ],
    );
  });

  it('"crushed": force, not a crowd crush or an accident', () => {
    expectRule(
      [['The army crushed the revolt.', 'crushed']],
      [
        ['A crowd crush killed nine fans.', 'crush'],
        ['A worker was crushed to death.', 'crushed'],
      ],
    );
  });

  it('"slammed": criticism, not a collision', () => {
    expectRule(
      [['The union slammed the decision.', 'slammed']],
      [
        ['The car slammed into a wall.', 'slammed'],
        ['She slammed the door.', 'slammed'],
      ],
    );
  });

  it('"defending": fighting, not sport', () => {
    expectRule(
      [['Soldiers died defending the town.', 'defending']],
      [
        ['The defending champion lost in Paris.', 'defending'],
        ['Police defend the operation.', 'defend'],
      ],
    );
  });

  it('"precisely" means "exactly"; "precise" strikes stay', () => {
    expectRule(
      [['A precise strike hit the depot.', 'precise']],
      [['The talks failed precisely because nobody came.', 'precisely']],
    );
  });

  it('"sham": a fake, not the Arabic name in "Hayat Tahrir al-Sham"', () => {
    expectRule(
      [['Observers called it a sham election.', 'sham']],
      [['Hayat Tahrir al-Sham took the town.', 'Sham']],
    );
  });

  it('"murder": a judgement, not the name of a charge', () => {
    expectRule(
      [['The army murdered the villagers, the report says.', 'murdered']],
      [
        ['The man accused of murdering a teenager appeared in court.', 'murdering'],
        ['He denies murder.', 'murder'],
        ['The murder trial opened on Monday.', 'murder'],
      ],
    );
  });

  it('keeps every match of an entry without a rule', () => {
    const text = 'The terrorists attacked. A tax regime.';
    const matches = findMatches(matcher, text);
    // "terrorists" 4..14 has no rule; "regime" 31..37 follows "tax" and is dropped.
    expect(applyContextRules(text, matches).map((m) => [m.start, m.end])).toEqual([[4, 14]]);
  });
});
