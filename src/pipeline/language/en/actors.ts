// English words news uses to say what a person is: the office or trade before a name
// ("Deputy Foreign Minister", "governor", "Major") or in an appositive after it
// ("…, head of the UN agency"), and capitalised words that are never a name. General
// English role words, no names. Read by actors/named/.
import type { ActorLexicon } from '../types.ts';

const ROLE_WORDS = [
  'minister', 'ministers', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'governor', 'mayor',
  'president', 'vice-president', 'chancellor', 'premier', 'adviser', 'advisor', 'aide', 'head', 'chief', 'commander',
  'commander-in-chief', 'representative', 'secretary', 'secretary-general', 'director', 'director-general', 'prosecutor',
  'commissioner', 'chairman', 'chairwoman', 'chairperson', 'negotiator', 'official', 'officer', 'lawmaker', 'senator',
  'congressman', 'congresswoman', 'legislator', 'deputy', 'leader', 'coordinator', 'ombudsman', 'administrator',
  'general', 'colonel', 'major', 'lieutenant', 'captain', 'admiral', 'sergeant', 'marshal', 'founder', 'ceo',
  'analyst', 'expert', 'professor', 'researcher', 'fellow', 'scholar', 'economist', 'historian', 'scientist',
];
const ROLE_WORD = new Set(ROLE_WORDS);

/** Trades whose words are commentary on the talks, not a party's voice. */
const COMMENTARY_WORD = new Set(['analyst', 'expert', 'professor', 'researcher', 'fellow', 'scholar', 'economist', 'historian', 'scientist']);

/** Capitalised words that begin sentences or name things, never a person's first name. */
const NOT_A_NAME = new Set([
  'The', 'A', 'An', 'And', 'But', 'Or', 'In', 'On', 'At', 'Of', 'For', 'To', 'By', 'With', 'From', 'As', 'After',
  'Before', 'During', 'Since', 'While', 'When', 'If', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We',
  'His', 'Her', 'Their', 'Our', 'Its', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Monday', 'Tuesday', 'Wednesday', 'Thursday',
  'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December', 'Ministry', 'Minister', 'Foreign', 'Defence', 'Defense', 'Deputy', 'President',
  'Prime', 'Secretary', 'General', 'Office', 'Council', 'Security', 'National', 'State', 'Armed', 'Forces', 'Army',
  'Air', 'Force', 'Navy', 'Staff', 'Headquarters', 'Service', 'Agency', 'Committee', 'Commission', 'Department',
  'Parliament', 'Assembly', 'Court', 'Bank', 'Union', 'Nations', 'United', 'News', 'Times', 'Post', 'Press', 'Media',
  'Television', 'Radio', 'Telegram', 'Facebook', 'Twitter', 'Instagram', 'Region', 'Oblast', 'City', 'Sea', 'Black',
  'North', 'South', 'East', 'West', 'Central', 'Northern', 'Southern', 'Eastern', 'Western', 'Palace', 'Square',
  'Street', 'University', 'Institute', 'Centre', 'Center', 'Group', 'Brigade', 'Battalion', 'Operation', 'War', 'Day',
  'Quote', 'Details', 'Source', 'Read', 'More', 'Photo', 'Reporting', 'Editing', 'Spokesman', 'Spokeswoman', 'Head',
  'Chief', 'Commander', 'Ambassador', 'Governor', 'Mayor', 'Major', 'Colonel', 'Representative', 'Adviser', 'Advisor',
  'Envoy', 'Director', 'Chairman', 'Senator', 'Official', 'Special', 'Military', 'Intelligence', 'Pope', 'King', 'Queen',
]);

/** Lowercase words that may sit inside a title before a role word: "Germany's defence minister". */
const TITLE_MODIFIER = new Set([
  'defence', 'defense', 'foreign', 'interior', 'deputy', 'regional', 'humanitarian', 'senior', 'former', 'top', 'key',
  'military', 'presidential', 'special', 'foreign-policy', 'first', 'acting', 'economy', 'finance', 'justice', 'health',
  'prime', 'vice', 'chief', 'assistant', 'permanent', 'official', 'press', 'state', 'federal', 'national', 'army',
  'commerce', 'trade', 'energy', 'security', 'intelligence', 'navy', 'naval', 'political', 'local', 'city', 'district',
  'parliamentary', 'opposition', 'ukrainian', 'russian', 'turkish', 'american', 'european', 'british', 'german',
]);

/** Small words a title may run through: "representative of the Russian Defence Ministry". */
const TITLE_CONNECTIVE = new Set(['of', 'the', 'for', 'to', 'on', 'and', 'a', 'an', 'in']);

/** Words that end a name run when they follow its first word: "Wagner Group", "Black Sea Fleet". */
const NOT_IN_NAME = new Set([
  'Republic', 'Fleet', 'Plant', 'Power', 'Nuclear', 'Party', 'Front', 'Corps', 'Guard', 'Times', 'Post', 'Agency', 'Report',
  'Headquarters', 'Rights', 'Human', 'Affairs', 'Conference', 'Development', 'Trade', 'Organization', 'Organisation',
  'Programme', 'Program', 'Fund', 'Office', 'Commerce', 'Treasury', 'Justice', 'Health', 'Energy', 'Finance', 'Economy',
  'Infrastructure', 'Education', 'Culture', 'Interior', 'Emergency', 'Emergencies', 'Relief', 'Mission', 'Monitoring',
  'Treatment', 'Prisoners', 'Coordination', 'Border', 'Police', 'Social', 'Truth', 'Oval', 'House', 'Kremlin', 'Board',
]);

export const actors: ActorLexicon = {
  ROLE_WORD,
  // Built once, when the language loads: any role word, to look for one near a surname.
  ROLE_NEAR: new RegExp(String.raw`\b(?:${[...ROLE_WORD].join('|')})\b`, 'i'),
  COMMENTARY_WORD,
  NOT_A_NAME,
  TITLE_MODIFIER,
  TITLE_CONNECTIVE,
  NOT_IN_NAME,
};
