// Actors: the gazetteer, the mention finder, and the bundle's actor list built from what was found.
export { GAZETTEER, GAZETTEER_ENTRIES, actorIdForName } from './gazetteer.ts';
export { findMentions, readActors, type ActorReading, type MentionOptions } from './find-mentions.ts';
export { actorsInBundle } from './actors-in-bundle.ts';
