// The bundle's contract, shared by the pipeline (which writes it) and the app (which
// validates what it loads). Imports nothing of ours, so both sides compile against it.
// zod/mini: the same schema in a form that tree-shakes, since the app ships it to the browser.
import * as z from 'zod/mini';

export const SCHEMA_VERSION = 3 as const;

export const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));

/** A span of an article's own text: `text.slice(start, end) === quote` always holds. */
export const Evidence = z.object({
  articleId: z.string().check(z.minLength(1)),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  quote: z.string(),
});

export const Range = z.object({
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
});

/**
 * How an item came to be: found by the extractors alone, found and confirmed or
 * corrected by a curated annotation, or added by an annotation where the extractors missed it.
 */
export const Origin = z.enum(['extracted', 'confirmed', 'corrected', 'curated']);

export const ArticleMeta = z.object({
  id: z.string().check(z.minLength(1)),
  file: z.string().check(z.minLength(1)),
  title: z.string(),
  outlet: z.string(),
  url: z.nullable(z.string()),
  publishedAt: IsoDate,
  language: z.string(),
  dateNote: z.string(),
});

export const Article = z.extend(ArticleMeta, {
  /** The file's own text: UTF-8 decoded, BOM stripped, line endings as in the file. */
  text: z.string(),
  /** Ranges judged to be boilerplate (ads, banners, "READ MORE" lists …); no item comes from inside one. */
  boilerplate: z.array(Range),
});

export const ActorKind = z.enum(['state', 'organisation', 'person', 'group']);

export const Actor = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  kind: ActorKind,
  /** For people and bodies: the actor id of the state or body they speak for, or null. */
  party: z.nullable(z.string()),
  role: z.nullable(z.string()),
  /**
   * `party`: a side, mediator or government whose stated positions count.
   * `commentary`: analysts, former officials, outlets: their words are never a party's position.
   */
  voice: z.enum(['party', 'commentary']),
  aliases: z.array(z.string()),
});

export const EventKind = z.enum([
  'talks',
  'meeting',
  'statement',
  /** A phone or video call between leaders or officials: not a meeting. */
  'call',
  'ultimatum',
  'deadline',
  'prisoner-exchange',
  'sanctions',
  'other',
]);

/**
 * `held`: took place; `planned`/`proposed`/`agreed`: announced, suggested or agreed but not yet held;
 * `issued`: a demand, ultimatum or statement made (its deadline, if any, is a separate event).
 */
export const EventStatus = z.enum(['held', 'planned', 'proposed', 'agreed', 'issued']);

/** How an item's date was arrived at: written out in full, or resolved from words such as "on Thursday". */
export const DateBasis = z.object({
  kind: z.enum(['explicit', 'relative', 'publication']),
  /** The words the date was read from ("on Thursday", "May 12"); empty for the publication date. */
  phrase: z.string(),
  /** One line on how it was resolved ("the Thursday after publication, 2025-05-15"). */
  note: z.string(),
});

const itemBase = {
  id: z.string().check(z.minLength(1)),
  origin: Origin,
  evidence: z.array(Evidence).check(z.minLength(1)),
};

export const TalksEvent = z.object({
  ...itemBase,
  date: IsoDate,
  endDate: z.nullable(IsoDate),
  dateBasis: DateBasis,
  kind: EventKind,
  title: z.string(),
  place: z.nullable(z.string()),
  participants: z.array(z.string()),
  status: EventStatus,
});

export const Stance = z.enum(['for', 'against', 'conditional']);

export const Position = z.object({
  ...itemBase,
  /** The party that holds the position (a person's words are filed under the party they speak for). */
  actor: z.string().check(z.minLength(1)),
  /** A proposition id (src/schema/propositions.ts); older bundles hold topic ids. */
  topic: z.string().check(z.minLength(1)),
  stance: Stance,
  /** The person whose words state it, when a named person spoke for the party; absent or null otherwise. */
  speaker: z.optional(z.nullable(z.string())),
  summary: z.string(),
  date: IsoDate,
});

/**
 * What a figure counts. `killed-and-wounded` is a combined total ("losses", "casualties") and is
 * never shown as killed; `displaced` and `refugees` are people who fled, never casualties.
 * `population` and `tariff-percent` are kept so version-2 links still parse; the pipeline no
 * longer emits them (they are not claims about the war).
 */
export const ClaimMetric = z.enum([
  'killed',
  'wounded',
  'killed-and-wounded',
  'captured',
  'tanks',
  'armoured-vehicles',
  'artillery',
  'rocket-launchers',
  'air-defence',
  'aircraft',
  'helicopters',
  'drones',
  'ships',
  'vehicles',
  'displaced',
  'refugees',
  'prisoners-exchanged',
  'bodies-repatriated',
  'population',
  'tariff-percent',
  'other',
]);

export const Verification = z.enum(['unverified', 'independent', 'unknown']);

export const Claim = z.object({
  ...itemBase,
  metric: ClaimMetric,
  value: z.number(),
  valueHigh: z.nullable(z.number()),
  /** The hedge as written: "about", "more than", "up to", "at least" … or null. */
  qualifier: z.nullable(z.string()),
  unit: z.string(),
  /** Whose losses or what population, as an actor id or short phrase; null when the text does not say. */
  subject: z.nullable(z.string()),
  /** Actor id of who makes the claim, or `unattributed`. */
  claimant: z.string().check(z.minLength(1)),
  /** When the claim was made (the statement's date, else the article's). */
  date: IsoDate,
  /** The "as of" date the figure counts up to, when the text gives one apart from the claim date. */
  asOf: z.nullable(IsoDate),
  verification: Verification,
  /** The sentence that states the verification status, when the text gives one. */
  verificationEvidence: z.nullable(Evidence),
});

export const Quote = z.object({
  ...itemBase,
  speaker: z.string().check(z.minLength(1)),
  text: z.string(),
  date: IsoDate,
});

export const Mention = z.object({
  actor: z.string().check(z.minLength(1)),
  evidence: z.array(Evidence).check(z.minLength(1)),
});

/**
 * Two or more items that disagree, recorded, never resolved: claimants giving different figures
 * for the same metric, subject and period (`claim-figures`); articles reporting one claimant's
 * figure for one date differently (`claim-reports`); articles giving one round of talks
 * different dates or places (`event-date`, `event-place`).
 */
export const DisagreementKind = z.enum(['claim-figures', 'claim-reports', 'event-date', 'event-place']);

export const Disagreement = z.object({
  id: z.string().check(z.minLength(1)),
  kind: DisagreementKind,
  /** Ids of the claims or events that disagree (two or more). */
  items: z.array(z.string()).check(z.minLength(2)),
  metric: z.nullable(ClaimMetric),
  subject: z.nullable(z.string()),
  /** The period the disagreeing items cover. */
  from: IsoDate,
  to: IsoDate,
  /** In words, attributed: "Ukraine says 17,200; Russia says 1,351 — late March 2022". */
  summary: z.string(),
});

export const Bundle = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(Article),
  actors: z.array(Actor),
  events: z.array(TalksEvent),
  positions: z.array(Position),
  claims: z.array(Claim),
  quotes: z.array(Quote),
  mentions: z.array(Mention),
  disagreements: z.array(Disagreement),
});

/**
 * The app's copy of the bundle is split by need, so a view downloads only what it shows:
 * - `index.json`: article metadata, actors and the filter vocabularies; every view needs it.
 * - `events.json`, `positions.json`, `claims.json`: one collection each, fetched by the view
 *   that draws it (timeline, positions matrix, claims charts).
 * - `articles/<id>.json`: one article's text, boilerplate, mentions and every item with
 *   evidence in it, carrying that article's evidence only (quotes live only here), fetched
 *   when a reader opens the article.
 */
export const IndexArticle = z.extend(ArticleMeta, {
  /** Actor ids mentioned in the article, so the actor filter needs no text. */
  actors: z.array(z.string()),
  length: z.int().check(z.nonnegative()),
  /** How many events, positions, claims and quotes have evidence in the article. */
  items: z.int().check(z.nonnegative()),
});

export const IndexFile = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(IndexArticle),
  actors: z.array(Actor),
  /** Every position topic and claim metric in the bundle, for filters and for checking links. */
  topics: z.array(z.string()),
  metrics: z.array(ClaimMetric),
});

export const EventsFile = z.object({ schemaVersion: z.literal(SCHEMA_VERSION), events: z.array(TalksEvent) });
export const PositionsFile = z.object({ schemaVersion: z.literal(SCHEMA_VERSION), positions: z.array(Position) });
export const ClaimsFile = z.object({ schemaVersion: z.literal(SCHEMA_VERSION), claims: z.array(Claim) });
export const DisagreementsFile = z.object({ schemaVersion: z.literal(SCHEMA_VERSION), disagreements: z.array(Disagreement) });

/** The collections a view may load, each in its own file. */
export const COLLECTIONS = ['events', 'positions', 'claims', 'disagreements'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/**
 * What the dashboard holds in memory: the index plus the collections loaded so far (a
 * collection not yet loaded is empty, and the view that needs it waits for it).
 */
export const BundleIndex = z.extend(IndexFile, {
  events: z.array(TalksEvent),
  positions: z.array(Position),
  claims: z.array(Claim),
  disagreements: z.array(Disagreement),
});

export const ArticlePayload = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().check(z.minLength(1)),
  text: z.string(),
  boilerplate: z.array(Range),
  mentions: z.array(Mention),
  events: z.array(TalksEvent),
  positions: z.array(Position),
  claims: z.array(Claim),
  quotes: z.array(Quote),
});

export type Evidence = z.infer<typeof Evidence>;
export type Range = z.infer<typeof Range>;
export type Origin = z.infer<typeof Origin>;
export type ArticleMeta = z.infer<typeof ArticleMeta>;
export type Article = z.infer<typeof Article>;
export type Actor = z.infer<typeof Actor>;
export type ActorKind = z.infer<typeof ActorKind>;
export type EventKind = z.infer<typeof EventKind>;
export type EventStatus = z.infer<typeof EventStatus>;
export type DateBasis = z.infer<typeof DateBasis>;
export type TalksEvent = z.infer<typeof TalksEvent>;
export type Stance = z.infer<typeof Stance>;
export type Position = z.infer<typeof Position>;
export type ClaimMetric = z.infer<typeof ClaimMetric>;
export type Verification = z.infer<typeof Verification>;
export type Claim = z.infer<typeof Claim>;
export type Quote = z.infer<typeof Quote>;
export type DisagreementKind = z.infer<typeof DisagreementKind>;
export type Disagreement = z.infer<typeof Disagreement>;
export type DisagreementsFile = z.infer<typeof DisagreementsFile>;
export type Mention = z.infer<typeof Mention>;
export type Bundle = z.infer<typeof Bundle>;
export type IndexArticle = z.infer<typeof IndexArticle>;
export type IndexFile = z.infer<typeof IndexFile>;
export type EventsFile = z.infer<typeof EventsFile>;
export type PositionsFile = z.infer<typeof PositionsFile>;
export type ClaimsFile = z.infer<typeof ClaimsFile>;
export type BundleIndex = z.infer<typeof BundleIndex>;
export type ArticlePayload = z.infer<typeof ArticlePayload>;
