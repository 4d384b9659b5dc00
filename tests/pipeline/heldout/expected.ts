// What a careful reader takes from each held-out article: claims with who makes them,
// dated events, quotes with their speakers, and the actors named. Written from the text
// alone, before looking at what the pipeline finds. People the gazetteer does not know
// are given as their lowercase-hyphenated full names, so missing them shows as a miss.
// Grain tonnages are optional: the dashboard charts losses and people, so leaving trade
// volumes out is a fair choice. A planned round may be merged with the report of it
// being held, so 'held' is accepted for it.
import type { ExpectedArticle } from './expected-types.ts';

const ANY_VERIFICATION = ['unknown', 'unverified', 'independent'] as const;
const UNSTATED = ['unknown', 'unverified'] as const;

export const EXPECTED: ExpectedArticle[] = [
  {
    id: 'istanbul-first-round-2025-05-16',
    actors: [
      'russia', 'ukraine', 'turkey', 'united-states', 'european-leaders', 'reuters', 'united-arab-emirates',
      'hakan-fidan', 'rustem-umerov', 'vladimir-medinsky', 'vladimir-putin', 'volodymyr-zelensky',
      'recep-tayyip-erdogan', 'dmitry-peskov', 'marco-rubio',
    ],
    claims: [
      {
        metric: 'prisoners-exchanged', value: 1000, qualifier: null,
        claimant: ['rustem-umerov', 'unattributed', 'ukraine', 'russia'], verification: [...UNSTATED],
        sentence: '"We have agreed on the release of 1,000 prisoners for 1,000 prisoners from each side," Umerov told reporters',
      },
      {
        metric: 'prisoners-exchanged', value: 246, qualifier: null, claimant: 'unattributed', verification: [...UNSTATED],
        sentence: 'The last large exchange, of 246 prisoners each, was mediated by the United Arab Emirates',
      },
    ],
    events: [
      { kind: 'talks', date: '2025-05-16', place: 'Istanbul', status: 'held', sentence: 'Russia and Ukraine agreed on Friday to exchange 1,000 prisoners of war each in their first direct peace talks' },
      { kind: 'prisoner-exchange', date: '2025-05-16', status: 'agreed', sentence: 'Russia and Ukraine agreed on Friday to exchange 1,000 prisoners of war each' },
      { kind: 'meeting', date: '2025-05-15', place: 'Ankara', status: 'held', sentence: 'who met Turkish President Tayyip Erdogan in Ankara on Thursday' },
      { kind: 'prisoner-exchange', date: '2025-04-19', status: 'held', sentence: 'was mediated by the United Arab Emirates and took place on April 19' },
      { kind: 'meeting', date: '2025-05-16', place: 'Tirana', sentence: 'at a summit of the European Political Community in the Albanian capital', optional: true },
      { kind: ['statement', 'other'], date: ['2025-05-01', '2025-05-15'], sentence: 'Putin proposed the direct talks earlier this month', optional: true },
      { kind: 'statement', date: '2025-05-15', sentence: 'Kremlin spokesman Dmitry Peskov said on Thursday', optional: true },
      { kind: 'statement', date: '2025-05-15', sentence: 'Rubio told reporters in Antalya on Thursday', optional: true },
    ],
    quotes: [
      { speaker: 'hakan-fidan', startsWith: 'two paths' },
      { speaker: 'rustem-umerov', startsWith: 'We have agreed on the release' },
      { speaker: 'vladimir-medinsky', startsWith: 'We are satisfied with the result' },
      { speaker: 'volodymyr-zelensky', startsWith: 'the fastest possible steps' },
      { speaker: 'volodymyr-zelensky', startsWith: 'If it is confirmed that the Russian delegation' },
      { speaker: 'marco-rubio', startsWith: "We don't have high expectations" },
    ],
    boilerplate: [
      "READ MORE: Zelenskiy says Putin 'afraid' to come to Istanbul",
      'Russia says it downed 105 Ukrainian drones overnight',
      "Erdogan: Turkey ready to host leaders' summit",
      '(Reporting by Jonathan Spicer and Tom Balmforth; Editing by Gareth Jones)',
      "Related: What we know about Russia's demands in Istanbul",
    ],
  },
  {
    id: 'russia-claims-losses-2025-06-02',
    actors: ['russia', 'ukraine', 'volodymyr-zelensky', 'vladimir-medinsky', 'rustem-umerov'],
    claims: [
      {
        metric: 'killed', value: 1000, qualifier: 'more than', claimant: 'russia', verification: 'unverified',
        sentence: "Russia's defence ministry said on Monday that its forces had killed more than 1,000 Ukrainian troops over the past day",
      },
      {
        metric: 'drones', value: 162, qualifier: null, claimant: 'russia', verification: 'unverified',
        sentence: 'The ministry also said its air defences had destroyed 162 Ukrainian drones overnight',
      },
      {
        metric: 'drones', value: 472, qualifier: null, claimant: 'ukraine', verification: [...ANY_VERIFICATION],
        sentence: "Ukraine's air force said Russia had launched 472 drones and seven missiles at Ukraine overnight into Sunday",
      },
      {
        metric: 'drones', value: 300, valueHigh: 400, qualifier: [null, 'between'], claimant: 'ukraine', verification: [...ANY_VERIFICATION],
        sentence: 'In recent weeks Russia has regularly launched between 300 and 400 drones a night at Ukrainian cities, according to the air force.',
      },
      {
        metric: 'aircraft', value: 41, qualifier: null, claimant: ['ukraine', 'sbu'], verification: [...UNSTATED],
        sentence: "Ukraine's SBU security service said it had hit 41 Russian aircraft",
      },
      {
        metric: 'drones', value: 117, qualifier: null, claimant: ['volodymyr-zelensky', 'ukraine'], verification: [...ANY_VERIFICATION],
        sentence: 'President Volodymyr Zelenskyy said 117 drones had been used in the operation.',
      },
      {
        metric: ['killed', 'killed-and-wounded', 'other'], value: 1080, qualifier: null, claimant: 'ukraine', verification: 'unverified',
        sentence: "Ukraine's General Staff said on Monday that Russia had lost 1,080 troops over the past day",
      },
      {
        metric: ['killed', 'killed-and-wounded', 'other'], value: 985_000, qualifier: 'about', claimant: 'ukraine', verification: 'unverified',
        sentence: 'putting total Russian losses since February 2022 at about 985,000',
      },
      {
        metric: ['killed', 'wounded', 'killed-and-wounded', 'other'], value: 1000, valueHigh: 1500, qualifier: [null, 'between'],
        claimant: ['unattributed', 'western-officials'], verification: [...ANY_VERIFICATION],
        sentence: 'Western officials estimate that Russian forces have been losing between 1,000 and 1,500 troops a day',
      },
      {
        metric: 'prisoners-exchanged', value: 1000, qualifier: 'at least', claimant: 'vladimir-medinsky', verification: [...UNSTATED],
        sentence: 'the two sides had agreed to exchange all seriously wounded and young soldiers, at least 1,000 on each side',
      },
      {
        metric: ['other', 'bodies-repatriated'], value: 6000, claimant: 'vladimir-medinsky', optional: true,
        sentence: 'Russia would hand over the bodies of 6,000 Ukrainian soldiers',
      },
      { metric: 'other', value: 7, claimant: 'ukraine', optional: true, sentence: '472 drones and seven missiles' },
    ],
    events: [
      { kind: 'talks', date: '2025-06-02', place: 'Istanbul', status: 'held', sentence: 'The talks at Istanbul\'s Ciragan Palace on Monday lasted just over an hour.' },
      { kind: 'prisoner-exchange', date: '2025-06-02', status: 'agreed', sentence: 'the two sides had agreed to exchange all seriously wounded and young soldiers' },
      { kind: 'other', date: '2025-06-01', sentence: "On Sunday, Ukraine's SBU security service said it had hit 41 Russian aircraft", optional: true },
      { kind: ['meeting', 'other'], date: ['2025-06-02', '2025-06-30'], status: 'proposed', sentence: 'proposed a meeting between the two presidents before the end of June', optional: true },
      { kind: 'statement', date: '2025-06-02', sentence: "Ukraine's General Staff said on Monday", optional: true },
    ],
    quotes: [
      { speaker: 'volodymyr-zelensky', startsWith: 'An absolutely brilliant result' },
      { speaker: 'russia', startsWith: 'Some of the participants in the terrorist attacks' },
    ],
    boilerplate: [
      'READ MORE: Russia claims 1,200 Ukrainian soldiers killed near Kursk',
      'Russia says 3,000 Ukrainian soldiers surrendered this year',
      'Zelenskyy: Russia must pay for Sumy strike',
      'We use cookies to personalise content and ads and to analyse our traffic.',
      'This article contains content provided by wire agencies.',
    ],
  },
  {
    id: 'black-sea-grain-deal-2022-07-22',
    actors: [
      'russia', 'ukraine', 'turkey', 'united-nations', 'associated-press', 'antonio-guterres', 'recep-tayyip-erdogan',
      'sergei-shoigu', 'oleksandr-kubrakov', 'mykhailo-podoliak', 'volodymyr-zelensky', 'sergei-lavrov',
    ],
    claims: [
      {
        metric: 'other', value: 20_000_000, valueHigh: 25_000_000, qualifier: [null, 'between'], claimant: 'ukraine',
        verification: [...UNSTATED], optional: true,
        sentence: 'Ukrainian officials have said that between 20 and 25 million tons of grain are stuck in silos',
      },
      {
        metric: 'other', value: 5_000_000, qualifier: 'up to', claimant: 'united-nations', verification: [...ANY_VERIFICATION], optional: true,
        sentence: 'U.N. officials said exports could reach up to 5 million tons a month',
      },
      {
        metric: 'other', value: 47_000_000, qualifier: null, claimant: ['world-food-programme', 'united-nations'],
        verification: [...ANY_VERIFICATION],
        sentence: 'The World Food Programme estimates that it has pushed 47 million more people into acute hunger.',
      },
    ],
    events: [
      {
        kind: ['other', 'meeting', 'talks'], date: '2022-07-22', place: 'Istanbul', status: ['held', 'agreed'],
        sentence: 'Russia and Ukraine signed separate agreements with Turkey and the United Nations on Friday',
      },
      {
        kind: ['talks', 'meeting'], date: '2022-07-13', place: 'Istanbul', status: 'held',
        sentence: 'The deal follows talks between military delegations of Russia, Ukraine and Turkey with U.N. officials in Istanbul on July 13.',
      },
    ],
    quotes: [
      { speaker: 'antonio-guterres', startsWith: 'Today, there is a beacon on the Black Sea' },
      { speaker: 'antonio-guterres', startsWith: 'A beacon of hope' },
      { speaker: 'recep-tayyip-erdogan', startsWith: 'We are proud to be instrumental' },
      { speaker: 'mykhailo-podoliak', startsWith: 'Ukraine does not sign any documents with Russia' },
      { speaker: 'mykhailo-podoliak', startsWith: 'We sign an agreement with Turkey' },
      { speaker: 'volodymyr-zelensky', startsWith: 'responsibility for its implementation' },
      { speaker: 'antonio-guterres', startsWith: 'critical step forward' },
    ],
    boilerplate: [
      'Related: Grain prices fall as Erdogan says 25 million tons could leave Ukraine within weeks',
      'Ukraine says 40 Russian soldiers killed near Kherson',
      'Guterres to visit Odesa next month',
      'Copyright 2022 The Associated Press. All rights reserved.',
    ],
  },
  {
    id: 'third-round-ciragan-2025-07-24',
    actors: [
      'russia', 'ukraine', 'turkey', 'united-states', 'hakan-fidan', 'vladimir-medinsky', 'rustem-umerov',
      'volodymyr-zelensky', 'vladimir-putin', 'dmitry-peskov', 'recep-tayyip-erdogan', 'donald-trump',
    ],
    claims: [
      {
        metric: 'prisoners-exchanged', value: 1200, qualifier: null, claimant: 'vladimir-medinsky', verification: [...UNSTATED],
        sentence: 'the sides had agreed to exchange 1,200 prisoners of war each',
      },
      {
        metric: ['other', 'bodies-repatriated'], value: 3000, claimant: 'vladimir-medinsky', optional: true,
        sentence: 'Moscow had also offered to hand over the bodies of 3,000 Ukrainian soldiers',
      },
    ],
    events: [
      { kind: 'talks', date: '2025-07-23', place: 'Istanbul', status: 'held', sentence: 'at talks in Istanbul yesterday' },
      { kind: 'prisoner-exchange', date: '2025-07-23', status: 'agreed', sentence: 'agreed to another large prisoner exchange at talks in Istanbul yesterday' },
      { kind: ['meeting', 'other'], date: ['2025-07-23', '2025-08-31'], status: 'proposed', sentence: 'Kyiv had proposed a meeting between Presidents', optional: true },
      { kind: 'statement', date: '2025-07-22', sentence: 'Peskov told reporters on Tuesday', optional: true },
      { kind: ['ultimatum', 'deadline'], date: ['2025-07-01', '2025-07-23'], sentence: 'gave Moscow 50 days to reach a deal', optional: true },
      { kind: 'talks', date: '2025-05-16', place: 'Istanbul', sentence: 'three rounds of talks in Istanbul since May 16', optional: true },
    ],
    quotes: [
      { speaker: 'hakan-fidan', startsWith: 'Our ultimate goal is a comprehensive ceasefire' },
      { speaker: 'rustem-umerov', startsWith: 'We proposed holding such a meeting' },
      { speaker: 'vladimir-medinsky', startsWith: 'It makes no sense to meet' },
      { speaker: 'dmitry-peskov', startsWith: 'There is no reason to expect miraculous breakthroughs' },
      { speaker: 'volodymyr-zelensky', startsWith: 'the return of our people' },
      { speaker: 'recep-tayyip-erdogan', startsWith: 'an important step' },
      { speaker: 'donald-trump', startsWith: 'very severe tariffs' },
    ],
    boilerplate: [
      "Read more: Medinsky says 'all for all' swap not on the table",
      'Erdogan says Ankara ready to host Putin and Zelenskiy',
      'Russia says it captured two villages in Donetsk region',
      'Zelenskiy signs law on anti-corruption bodies after protests',
      'Follow our live coverage of the war in Ukraine.',
      'Listen to this article · 4 min',
    ],
  },
  {
    id: 'refugees-unhcr-2025-06-20',
    actors: [
      'ukraine', 'russia', 'turkey', 'united-nations', 'european-union', 'nato', 'poland', 'germany', 'filippo-grandi',
      'volodymyr-zelensky', 'recep-tayyip-erdogan', 'vladimir-putin', 'donald-trump', 'sergei-lavrov',
    ],
    claims: [
      {
        metric: 'refugees', value: 6_000_000, qualifier: 'more than', claimant: ['united-nations', 'unhcr'],
        verification: [...ANY_VERIFICATION],
        sentence: 'More than 6 million refugees from Ukraine are recorded across Europe and beyond, the UN refugee agency UNHCR said on Friday',
      },
      {
        metric: 'displaced', value: 3_600_000, valueHigh: 3_800_000, qualifier: [null, 'between'],
        claimant: ['international-organization-for-migration', 'iom', 'united-nations'], verification: [...ANY_VERIFICATION],
        sentence: 'Between 3.6 million and 3.8 million people are internally displaced inside Ukraine',
      },
      {
        metric: 'refugees', value: 1_000_000, qualifier: 'nearly', claimant: ['eurostat', 'unattributed'], verification: [...ANY_VERIFICATION],
        sentence: 'Poland hosts nearly 1 million Ukrainian refugees',
      },
      {
        metric: 'refugees', value: 1_200_000, qualifier: 'about', claimant: ['eurostat', 'unattributed'], verification: [...ANY_VERIFICATION],
        sentence: 'and Germany about 1.2 million, according to Eurostat data',
      },
      {
        metric: 'killed', value: 13_000, qualifier: 'more than', claimant: 'united-nations', verification: 'independent',
        sentence: 'The UN has verified the deaths of more than 13,000 civilians in Ukraine since February 2022',
      },
    ],
    events: [
      { kind: 'talks', date: '2025-06-02', place: 'Istanbul', status: 'held', sentence: 'That round, held in Istanbul on June 2' },
      { kind: 'prisoner-exchange', date: '2025-06-02', status: 'agreed', sentence: 'produced agreement to exchange severely wounded and young prisoners of war' },
      { kind: 'sanctions', date: ['2025-06-09', '2025-06-15'], status: 'proposed', sentence: 'Last week the European Commission proposed an 18th package of sanctions against Russia' },
      { kind: 'statement', date: ['2025-06-01', '2025-06-19'], sentence: 'Recep Tayyip Erdogan said earlier this month', optional: true },
      { kind: 'statement', date: '2025-06-18', sentence: 'he told reporters in Kyiv on Wednesday', optional: true },
      { kind: 'statement', date: '2025-06-20', sentence: 'the UN refugee agency UNHCR said on Friday', optional: true },
    ],
    quotes: [
      { speaker: 'filippo-grandi', startsWith: 'Peace is the only lasting solution' },
      { speaker: 'volodymyr-zelensky', startsWith: 'Our people will come home' },
      { speaker: 'recep-tayyip-erdogan', startsWith: 'My goal is to bring together' },
      { speaker: 'sergei-lavrov', startsWith: 'the root causes' },
    ],
    boilerplate: [
      'UNHCR appeals for $690 million for Ukraine response',
      'Erdogan: "Istanbul is the address for peace"',
      'Russia says 6,000 bodies handed over to Ukraine',
      'Ukraine says 8 million people displaced by war',
      'Cookie settings: This site uses cookies to improve your experience.',
      'Newsletter: Get our weekly Europe briefing. Enter your email address',
    ],
  },
  {
    id: 'kremlin-next-round-2025-07-20',
    actors: [
      'russia', 'ukraine', 'turkey', 'united-states', 'dmitry-peskov', 'vladimir-putin', 'volodymyr-zelensky',
      'rustem-umerov', 'sergei-lavrov', 'donald-trump',
    ],
    claims: [
      {
        metric: 'drones', value: 93, qualifier: null, claimant: 'russia', verification: [...UNSTATED],
        sentence: 'air defence systems had intercepted and destroyed 93 Ukrainian drones overnight',
      },
      { metric: 'drones', value: 16, claimant: 'russia', optional: true, sentence: 'including 16 over the Moscow region' },
    ],
    events: [
      { kind: 'talks', date: '2025-07-23', place: 'Istanbul', status: ['planned', 'proposed', 'held'], sentence: 'the talks could take place next Wednesday in Istanbul' },
      { kind: ['ultimatum', 'deadline', 'sanctions'], date: '2025-07-14', sentence: 'US President Donald Trump said last Monday that he would impose "very severe tariffs"' },
      { kind: 'talks', date: '2025-05-16', place: ['Istanbul', null], status: 'held', sentence: 'hosted the two previous rounds on May 16 and June 2' },
      { kind: 'talks', date: '2025-06-02', place: ['Istanbul', null], status: 'held', sentence: 'hosted the two previous rounds on May 16 and June 2' },
      { kind: 'statement', date: '2025-07-19', sentence: 'On Saturday, Ukrainian President Vladimir Zelensky said', optional: true },
      { kind: 'statement', date: '2025-07-20', sentence: 'Kremlin spokesman Dmitry Peskov said on Sunday', optional: true },
      { kind: 'deadline', date: ['2025-09-01', '2025-09-03'], sentence: 'if there is no deal within 50 days', optional: true },
    ],
    quotes: [
      { speaker: 'dmitry-peskov', startsWith: 'President Putin has repeatedly said' },
      { speaker: 'volodymyr-zelensky', startsWith: 'The dynamics of the negotiations' },
      { speaker: 'dmitry-peskov', startsWith: 'First the experts must do their work' },
      { speaker: 'sergei-lavrov', startsWith: 'ready for the third round' },
      { speaker: 'donald-trump', startsWith: 'very severe tariffs' },
      { speaker: 'russia', startsWith: 'long and not easy', optional: true },
    ],
    boilerplate: [
      'Follow us on Telegram',
      'READ ALSO: Air defences down 37 drones over Bryansk region',
      'Lavrov: Kiev regime not interested in peace',
      'Putin holds meeting with Security Council members',
    ],
  },
];
