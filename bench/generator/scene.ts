// Everything one synthetic article is "about", chosen once up front so that its
// paragraphs agree with each other (same venue, same people, dates near publication).
import type { Random } from './prng.ts';
import { CAPITAL_SPELLINGS, MONTHS, SPEAKERS, TOPICS, VENUES, WEEKDAYS, type Speaker, type Venue } from './vocabulary.ts';

export interface Scene {
  random: Random;
  publishedAt: Date;
  venue: Venue;
  /** Two to four people quoted in this article; the first is the main voice. */
  speakers: Speaker[];
  topics: (typeof TOPICS)[number][];
  capital: string;
}

const FIRST_DAY = Date.UTC(2022, 1, 24);
const LAST_DAY = Date.UTC(2025, 11, 31);
const DAY_MS = 86_400_000;

export function chooseScene(random: Random): Scene {
  const dayCount = (LAST_DAY - FIRST_DAY) / DAY_MS;
  return {
    random,
    publishedAt: new Date(FIRST_DAY + random.int(0, dayCount) * DAY_MS),
    venue: random.pick(VENUES),
    speakers: random.sample(SPEAKERS, random.int(2, 4)),
    topics: random.sample(TOPICS, random.int(1, 3)),
    capital: random.pick(CAPITAL_SPELLINGS),
  };
}

export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

export const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY_MS);

/** "Thursday" — getUTCDay counts from Sunday. */
export const weekdayOf = (date: Date): string => WEEKDAYS[(date.getUTCDay() + 6) % 7] as string;

/** "May 15" */
export const monthDay = (date: Date): string => `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`;

/** "Sunday, March 3, 2024": the style of site banners that carry the repost date. */
export const bannerDate = (date: Date): string => `${weekdayOf(date)}, ${monthDay(date)}, ${date.getUTCFullYear()}`;

/** How an article refers to a day near its publication: "on Thursday", "May 15", "today". */
export function dayPhrase(scene: Scene, offsetDays: number): string {
  if (offsetDays === 0) return scene.random.pick(['today', 'on ' + weekdayOf(scene.publishedAt)]);
  const day = addDays(scene.publishedAt, offsetDays);
  if (Math.abs(offsetDays) < 7 && scene.random.chance(0.6)) {
    return offsetDays < 0 ? `last ${weekdayOf(day)}` : `on ${weekdayOf(day)}`;
  }
  return `on ${monthDay(day)}`;
}

/** One of the printed spellings of a speaker's name. */
export const nameOf = (scene: Scene, speaker: Speaker): string => scene.random.pick(speaker.names);
