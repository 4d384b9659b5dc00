// The people, places and outlets synthetic articles talk about. Spelling variants are
// deliberate: real coverage writes Zelensky, Zelenskyy and Zelenskiy in the same week.

export interface Speaker {
  /** Spellings as they appear in print, first one most common. */
  names: readonly string[];
  /** How a second reference reads ("the Ukrainian President"). */
  title: string;
  pronoun: 'He' | 'She';
  side: 'ukraine' | 'russia' | 'turkey' | 'us' | 'eu' | 'un' | 'analyst';
}

export const SPEAKERS: readonly Speaker[] = [
  { names: ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Volodymyr Zelensky'], title: 'the Ukrainian President', pronoun: 'He', side: 'ukraine' },
  { names: ['Putin', 'Vladimir Putin'], title: 'the Russian President', pronoun: 'He', side: 'russia' },
  { names: ['Erdogan', 'Erdoğan', 'Recep Tayyip Erdogan'], title: 'the Turkish President', pronoun: 'He', side: 'turkey' },
  { names: ['Dmytro Kuleba', 'Kuleba'], title: "Ukraine's foreign minister", pronoun: 'He', side: 'ukraine' },
  { names: ['Andrii Sybiha', 'Sybiha'], title: "Ukraine's foreign minister", pronoun: 'He', side: 'ukraine' },
  { names: ['Sergei Lavrov', 'Lavrov'], title: "Russia's foreign minister", pronoun: 'He', side: 'russia' },
  { names: ['Dmitry Peskov', 'Peskov'], title: 'the Kremlin spokesman', pronoun: 'He', side: 'russia' },
  { names: ['Vladimir Medinsky', 'Medinsky'], title: "Russia's chief negotiator", pronoun: 'He', side: 'russia' },
  { names: ['Rustem Umerov', 'Umerov'], title: "Ukraine's defence minister", pronoun: 'He', side: 'ukraine' },
  { names: ['Hakan Fidan', 'Fidan'], title: "Turkey's foreign minister", pronoun: 'He', side: 'turkey' },
  { names: ['Mevlut Cavusoglu', 'Cavusoglu', 'Mevlüt Çavuşoğlu'], title: "Turkey's foreign minister", pronoun: 'He', side: 'turkey' },
  { names: ['Marco Rubio', 'Rubio'], title: 'the US Secretary of State', pronoun: 'He', side: 'us' },
  { names: ['Donald Trump', 'Trump'], title: 'the US President', pronoun: 'He', side: 'us' },
  { names: ['Ursula von der Leyen', 'von der Leyen'], title: 'the European Commission President', pronoun: 'She', side: 'eu' },
  { names: ['Antonio Guterres', 'Guterres'], title: 'the UN Secretary-General', pronoun: 'He', side: 'un' },
  { names: ['Kaja Kallas', 'Kallas'], title: "the EU's foreign policy chief", pronoun: 'She', side: 'eu' },
  { names: ['Mustafa Aydin'], title: 'a professor at Kadir Has University', pronoun: 'He', side: 'analyst' },
  { names: ['Marc Weller'], title: 'a former UN mediation expert', pronoun: 'He', side: 'analyst' },
  { names: ['Tatiana Stanovaya'], title: 'a political analyst', pronoun: 'She', side: 'analyst' },
];

export interface Venue {
  city: string;
  country: string;
  building: readonly string[];
}

export const VENUES: readonly Venue[] = [
  { city: 'Istanbul', country: 'Turkey', building: ['Dolmabahce Palace', 'the Ciragan Palace', 'an Ottoman palace turned hotel'] },
  { city: 'Antalya', country: 'Turkey', building: ['the Antalya Diplomacy Forum', 'a resort hotel on the coast'] },
  { city: 'Minsk', country: 'Belarus', building: ['the Independence Palace', 'a government residence'] },
  { city: 'Riyadh', country: 'Saudi Arabia', building: ['the Diriyah Palace', 'a royal guest house'] },
  { city: 'Geneva', country: 'Switzerland', building: ['the Palais des Nations', 'the InterContinental hotel'] },
];

export const CAPITAL_SPELLINGS = ['Kyiv', 'Kyiv', 'Kyiv', 'Kiev'] as const;

export const OUTLETS = [
  'Reuters (reposted)',
  'AFP via Yahoo News',
  'Daily Express',
  'BBC News',
  'Bloomberg via The Malaysian Reserve',
  'Al Jazeera',
  'Kyiv Independent',
  'Anadolu Agency',
  'Hurriyet Daily News',
  'The Guardian',
  'Associated Press',
  'Euronews',
  'Daily Sabah',
  'Deutsche Welle',
] as const;

export const TOPICS = [
  { noun: 'a ceasefire', phrase: 'an unconditional ceasefire of 30 days' },
  { noun: 'NATO membership', phrase: "Ukraine's neutrality and a renunciation of NATO membership" },
  { noun: 'security guarantees', phrase: 'binding security guarantees from Western partners' },
  { noun: 'a prisoner exchange', phrase: 'an all-for-all prisoner exchange' },
  { noun: 'the grain corridor', phrase: 'safe passage for grain ships in the Black Sea' },
  { noun: 'the occupied territories', phrase: 'the withdrawal of troops from the occupied territories' },
  { noun: 'sanctions relief', phrase: 'the lifting of Western sanctions' },
  { noun: 'a leaders’ meeting', phrase: 'a direct meeting between the two presidents' },
] as const;

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve'] as const;

export const HEDGES = ['more than', 'about', 'at least', 'up to', 'nearly', 'some', 'almost'] as const;

export const UNRELATED_HEADLINES = [
  'Premier League: late equaliser keeps title race open',
  'Heatwave warning issued as temperatures climb',
  'Central bank holds interest rates for third month',
  'Ten recipes for a quick weeknight dinner',
  'Film festival announces this year’s jury',
  'Airline cancels flights as strike enters second day',
] as const;
