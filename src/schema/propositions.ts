// The statements parties take sides on. A position's `topic` is one of these ids: "for" means
// the party supports the statement as worded here, "against" that it opposes it. Worded so that
// "for" means the same thing whoever holds it (a topic such as "territory" did not: for Russia
// it meant annexation, for Ukraine the opposite). Imports nothing: the pipeline and the app
// both read it.

export interface Proposition {
  id: string;
  /** Short enough for a matrix row: "Ukraine may join NATO". */
  label: string;
  /** One line on what "for" means. */
  description: string;
}

export const PROPOSITIONS = [
  { id: 'ceasefire', label: 'An immediate, unconditional ceasefire', description: 'Fighting stops along the whole front now, before other terms are settled. A local or few-day pause is not this.' },
  { id: 'ukraine-joins-nato', label: 'Ukraine may join NATO', description: 'Ukraine keeps the option of NATO membership; against means a ban on joining or on NATO expansion.' },
  { id: 'ukraine-neutral', label: "Ukraine's neutrality", description: 'Ukraine becomes a neutral, non-aligned state outside military blocs.' },
  { id: 'russia-keeps-annexed-land', label: 'Russia keeps the territory it has annexed', description: 'Crimea and the regions Russia claims stay under Russia, recognised or ceded.' },
  { id: 'ukraine-1991-borders', label: "Ukraine's 1991 borders restored", description: "Ukraine's territorial integrity: Russian forces withdraw and occupied land returns to Ukraine." },
  { id: 'security-guarantees', label: 'Security guarantees for Ukraine', description: 'Other states commit to defend Ukraine or to guarantee a settlement.' },
  { id: 'sanctions-on-russia', label: 'Sanctions on Russia', description: 'Sanctions on Russia are imposed or kept; against includes calls for sanctions relief.' },
  { id: 'military-aid', label: 'Military aid to Ukraine', description: 'Weapons, ammunition and other military support are supplied to Ukraine.' },
  { id: 'demilitarisation', label: "Limits on Ukraine's armed forces", description: "Caps on the size or weapons of Ukraine's army (Russia's 'demilitarisation')." },
  { id: 'leaders-meeting', label: "A leaders' meeting", description: 'The presidents of Russia and Ukraine meet in person, with or without others.' },
  { id: 'direct-talks', label: 'Direct Russia–Ukraine talks', description: 'The two sides negotiate face to face, or keep a channel of talks open.' },
  { id: 'prisoner-exchanges', label: 'Prisoner exchanges', description: 'Prisoners of war and detained civilians are swapped between the sides.' },
  { id: 'humanitarian-measures', label: 'Humanitarian corridors and aid', description: 'Safe passage for civilians and aid into besieged or occupied areas.' },
  { id: 'mediation', label: 'Third-party mediation', description: 'A third state or body hosts or mediates the talks.' },
  { id: 'peacekeepers', label: 'Foreign peacekeepers in Ukraine', description: 'Troops of other states are deployed to Ukraine to keep a settlement.' },
] as const satisfies readonly Proposition[];

export type PropositionId = (typeof PROPOSITIONS)[number]['id'];

const BY_ID = new Map<string, Proposition>(PROPOSITIONS.map((proposition) => [proposition.id, proposition]));

/** The proposition with this id, or undefined for an id the list does not hold (an old topic). */
export function propositionOf(id: string): Proposition | undefined {
  return BY_ID.get(id);
}

/** Where a proposition sits in the list: the matrix keeps this order, unknown ids last. */
export function propositionOrder(id: string): number {
  const at = PROPOSITIONS.findIndex((proposition) => proposition.id === id);
  return at < 0 ? PROPOSITIONS.length : at;
}
