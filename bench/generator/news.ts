// The reporting itself: where and when talks happen, who said what, and background.
import { dayPhrase, nameOf, type Scene } from './scene.ts';
import { MONTHS, type Speaker } from './vocabulary.ts';

const QUOTES = [
  'We are ready to talk, but not at the price of our sovereignty',
  'There will be no losers in a just peace',
  'Prolonging the conflict is not in anyone’s interest',
  'My expectations of the talks are low',
  'We want a real ceasefire, not a pause for the enemy to regroup',
  'The ball is now in the other side’s court',
  'Any agreement must reflect the new realities on the ground',
  'We are interested in a ceasefire, liberating our territories and resolving all humanitarian issues',
  'Istanbul remains the best place for these negotiations',
  'Without security guarantees, no document will hold',
];

// Real coverage rarely repeats a quote word for word across thousands of articles, so
// quotes are composed: a core, and often a clause that ties it to this article's talks.
const QUOTE_CLAUSES = [
  (scene: Scene) => `, and ${scene.venue.city} has shown that`,
  (scene: Scene) => ` after what happened in ${scene.venue.city}`,
  (scene: Scene) => ` whatever is said about ${scene.random.pick(scene.topics).noun}`,
  (scene: Scene) => ` before the end of ${MONTHS[(scene.publishedAt.getUTCMonth() + scene.random.int(1, 3)) % 12]}`,
  (scene: Scene) => ` — we have said so ${scene.random.pick(['many times', 'from the first day', 'in every round', 'again today'])}`,
  (scene: Scene) => `, even after ${scene.random.int(2, 40)} rounds of contacts`,
];

function quoteFrom(scene: Scene): string {
  const core = scene.random.pick(QUOTES);
  return scene.random.chance(0.75) ? core + scene.random.pick(QUOTE_CLAUSES)(scene) : core;
}

/** Quotes in the three forms the extractors must handle: trailing, colon-led and pronoun-led. */
export function writeQuoteParagraph(scene: Scene, speaker: Speaker): string {
  const { random } = scene;
  const name = nameOf(scene, speaker);
  switch (random.int(0, 3)) {
    case 0:
      return `“${quoteFrom(scene)},” ${name} said.`;
    case 1:
      return `${name} told reporters ${dayPhrase(scene, -random.int(0, 3))}: "${quoteFrom(scene)}."`;
    case 2:
      return `Speaking in ${scene.capital === 'Kiev' ? 'Kiev' : scene.venue.city}, ${speaker.title} ${name} said ${scene.topics[0]?.noun ?? 'a ceasefire'} was possible.\n\n${speaker.pronoun} said: “${quoteFrom(scene)}. ${quoteFrom(scene)}.”`;
    default:
      // A quote running over two paragraphs reopens without closing the first one.
      return `${name} posted to X: “${quoteFrom(scene)}.\n\n“${quoteFrom(scene)}.”`;
  }
}

export function writeLeadParagraph(scene: Scene): string {
  const { random, venue } = scene;
  const building = random.pick(venue.building);
  const weeks = random.pick(['two', 'three', 'six', 'several']);
  if (random.chance(0.5)) {
    return `Delegations from Ukraine and Russia met in ${venue.city}, ${venue.country}, ${dayPhrase(scene, -random.int(0, 4))} at ${building}, the first direct talks in ${weeks} weeks, as ${venue.country === 'Turkey' ? 'Ankara' : 'mediators'} pressed both sides to agree ${scene.topics[0]?.noun ?? 'a ceasefire'}.`;
  }
  return `Peace talks between Russia and Ukraine will resume in ${venue.city} ${dayPhrase(scene, random.int(1, 10))}, officials said, with negotiators expected to discuss ${scene.topics.map((t) => t.noun).join(' and ')}.`;
}

export function writePositionParagraph(scene: Scene, speaker: Speaker): string {
  const { random } = scene;
  const topic = random.pick(scene.topics);
  const name = nameOf(scene, speaker);
  const forms = [
    `${name} said ${speaker.side === 'russia' ? 'Moscow' : speaker.side === 'ukraine' ? scene.capital : 'his government'} would not accept ${topic.phrase}.`,
    `${name} insisted that ${topic.phrase} must come before any further round of negotiations.`,
    `${name} said ${topic.noun} could be agreed only if the other side stopped its attacks on civilian infrastructure.`,
    `${name} welcomed the proposal for ${topic.phrase}, calling it “a step forward”.`,
  ];
  return random.pick(forms);
}

const BACKGROUND = [
  'Delegations from the two countries held several rounds of talks in the first weeks of the war, in Belarus and later in Turkey, without reaching a lasting agreement.',
  'Turkey shares a maritime border with Russia and Ukraine in the Black Sea and has good ties with both, while also selling drones to Kyiv.',
  'Diplomats said the format of the meeting had been agreed only late the previous evening, after days of disagreement over who would lead each delegation.',
  'Western officials have cautioned that any pause in the fighting could be used to rearm, and European leaders have threatened new sanctions if talks stall.',
  'The Black Sea grain deal, brokered by Turkey and the United Nations in July 2022, allowed exports to resume from three Ukrainian ports for a year.',
  'Analysts noted that neither side had changed its core demands, and that the choice of venue was itself a signal to Washington.',
  'The talks were held behind closed doors, and journalists waited for hours outside for a statement that came only after midnight.',
  'Both delegations arrived with large teams of military and legal advisers, a sign that technical questions were on the table.',
  'The venue was sealed off by police for the day, and ferries on the nearby stretch of the Bosphorus were diverted.',
  'Officials in several European capitals said they had been briefed on the agenda but not on the order in which items would be discussed.',
  'The previous round had ended after less than two hours, with both sides blaming the other for the lack of progress.',
  'Humanitarian organisations have urged negotiators to agree on the return of civilians and children taken across the front line.',
  'Energy infrastructure and the safety of nuclear plants have been raised at every round since the first meetings.',
  'Observers pointed out that the composition of the delegations had changed little since the spring.',
];

export const writeBackgroundParagraph = (scene: Scene): string => scene.random.pick(BACKGROUND);
