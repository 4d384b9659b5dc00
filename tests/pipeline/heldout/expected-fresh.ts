// A second, later set of held-out articles, written after the first set had been used to
// tune the extractors: it measures how the pipeline does on text nobody tuned it on.
// Same conventions as expected.ts (people outside the gazetteer as lowercase-hyphenated
// full names; trade volumes optional).
import type { ExpectedArticle } from './expected-types.ts';

const ANY_VERIFICATION = ['unknown', 'unverified', 'independent'] as const;
const UNSTATED = ['unknown', 'unverified'] as const;
const UKRAINE_SIDE = ['volodymyr-zelensky', 'ukraine', 'unattributed'];

export const EXPECTED_FRESH: ExpectedArticle[] = [
  {
    id: 'swap-completed-2025-05-25',
    actors: ['russia', 'ukraine', 'belarus', 'united-states', 'volodymyr-zelensky', 'donald-trump', 'vladimir-putin', 'sergei-lavrov'],
    claims: [
      { metric: 'prisoners-exchanged', value: 303, qualifier: null, claimant: UKRAINE_SIDE, verification: [...UNSTATED], sentence: 'Russia and Ukraine exchanged 303 more prisoners each on Sunday' },
      { metric: 'prisoners-exchanged', value: 303, claimant: 'russia', optional: true, sentence: 'It said 303 Russian servicemen had been returned from territory controlled by Kiev' },
      { metric: 'prisoners-exchanged', value: 1000, qualifier: null, claimant: UKRAINE_SIDE, verification: [...UNSTATED], sentence: 'Over three days the two sides handed over 1,000 prisoners each' },
      { metric: 'prisoners-exchanged', value: 390, qualifier: null, claimant: UKRAINE_SIDE, verification: [...UNSTATED], sentence: 'On Friday 390 Ukrainians were freed' },
      { metric: 'prisoners-exchanged', value: 307, qualifier: null, claimant: UKRAINE_SIDE, verification: [...UNSTATED], sentence: 'on Saturday another 307 servicemen returned home' },
      { metric: 'prisoners-exchanged', value: 120, claimant: UKRAINE_SIDE, optional: true, sentence: 'including 120 civilians' },
      { metric: 'drones', value: 298, qualifier: null, claimant: 'ukraine', verification: [...UNSTATED], sentence: "Ukraine's air force said Russia had fired 298 drones and 69 missiles overnight" },
      { metric: 'drones', value: 266, qualifier: null, claimant: 'ukraine', verification: [...UNSTATED], sentence: 'and that 266 drones and 45 missiles were shot down or jammed' },
      { metric: 'other', value: 69, claimant: 'ukraine', optional: true, sentence: '298 drones and 69 missiles' },
      { metric: 'other', value: 45, claimant: 'ukraine', optional: true, sentence: '266 drones and 45 missiles' },
      { metric: 'killed', value: 12, qualifier: 'at least', claimant: ['ukraine', 'unattributed', 'regional-officials'], verification: 'unverified', sentence: 'At least 12 people were killed, including three children in the Zhytomyr region, according to regional officials.' },
      { metric: 'killed', value: 3, claimant: ['ukraine', 'unattributed', 'regional-officials'], optional: true, sentence: 'including three children in the Zhytomyr region' },
      { metric: 'drones', value: 110, qualifier: null, claimant: 'russia', verification: [...ANY_VERIFICATION], sentence: 'its air defences had destroyed 110 Ukrainian drones over Russian regions during the night' },
    ],
    events: [
      { kind: 'prisoner-exchange', date: '2025-05-25', status: 'held', sentence: 'Russia and Ukraine exchanged 303 more prisoners each on Sunday' },
      { kind: 'prisoner-exchange', date: '2025-05-23', status: 'held', sentence: 'On Friday 390 Ukrainians were freed' },
      { kind: 'prisoner-exchange', date: '2025-05-24', status: 'held', sentence: 'on Saturday another 307 servicemen returned home' },
      { kind: 'talks', date: ['2025-05-01', '2025-05-24'], place: 'Istanbul', sentence: 'agreed at peace talks in Istanbul earlier this month', optional: true },
      { kind: 'other', date: ['2025-05-24', '2025-05-25'], sentence: 'Russia launched what Ukrainian officials called the largest air attack of the war', optional: true },
      { kind: 'statement', date: '2025-05-23', sentence: 'Sergei Lavrov said on Friday', optional: true },
    ],
    quotes: [
      { speaker: 'volodymyr-zelensky', startsWith: 'Today, 303 Ukrainian defenders are home' },
      { speaker: 'russia', startsWith: 'massive strike' },
      { speaker: 'volodymyr-zelensky', startsWith: 'Without really strong pressure on the Russian leadership' },
      { speaker: 'donald-trump', startsWith: "I'm not happy with what Putin is doing" },
    ],
    boilerplate: [
      'Share on Facebook   Share on X   Copy link',
      'By Staff Writer | 5 min read',
      'Also read: Kremlin says memorandum on peace terms will be handed to Kyiv',
      'Subscribe to our newsletter for the latest news from Ukraine.',
      'Zelenskyy says 50 drones shot down over Kyiv region',
      'Trump: "Putin has gone absolutely crazy"',
    ],
  },
  {
    id: 'grain-deal-collapse-2023-07-17',
    actors: [
      'russia', 'ukraine', 'turkey', 'united-nations', 'dmitry-peskov', 'antonio-guterres', 'recep-tayyip-erdogan',
      'vladimir-putin', 'volodymyr-zelensky', 'serhiy-nykyforov',
    ],
    claims: [
      { metric: 'other', value: 33_000_000, qualifier: 'nearly', claimant: 'united-nations', optional: true, sentence: 'nearly 33 million tonnes of grain and other foodstuffs were exported from Ukrainian ports, according to the United Nations' },
      { metric: 'killed', value: 2, qualifier: null, claimant: ['russia', 'unattributed', 'russian-installed-officials'], verification: [...ANY_VERIFICATION], sentence: 'Two people were killed on the bridge, according to Russian-installed officials.' },
      { metric: 'other', value: 4, qualifier: 'as much as', claimant: 'unattributed', optional: true, sentence: 'Chicago wheat futures rose as much as 4%' },
    ],
    events: [
      { kind: ['statement', 'other'], date: '2023-07-17', status: 'held', sentence: 'Russia on Monday pulled out of the Black Sea Grain Initiative' },
      { kind: 'meeting', date: ['2023-08-01', '2023-08-31'], status: ['planned', 'proposed'], sentence: 'He said he would discuss the matter with Putin in August.' },
      { kind: 'other', date: '2023-07-17', sentence: 'the attack on the Crimean bridge early on Monday', optional: true },
      { kind: ['other', 'meeting', 'talks'], date: ['2022-07-01', '2022-07-31'], place: 'Istanbul', sentence: 'The deal was signed in Istanbul in July 2022', optional: true },
    ],
    quotes: [
      { speaker: 'dmitry-peskov', startsWith: 'The Black Sea agreements ceased to be in effect today' },
      { speaker: 'dmitry-peskov', startsWith: 'As soon as the Russian part is fulfilled' },
      { speaker: 'antonio-guterres', startsWith: "Today's decision by the Russian Federation" },
      { speaker: 'recep-tayyip-erdogan', startsWith: "I believe that despite today's statement" },
      { speaker: 'volodymyr-zelensky', startsWith: 'Even without the Russian Federation' },
    ],
    boilerplate: [
      'Advertisement - Scroll to continue',
      'YOU MAY ALSO LIKE',
      'Wheat prices jump 3% as Moscow walks away from deal',
      '© 2023 Thomson Reuters. Reposted with permission.',
      'Comments (0)',
      'Log in to comment',
    ],
  },
  {
    id: 'azov-commanders-2023-07-08',
    actors: [
      'ukraine', 'russia', 'turkey', 'nato', 'reuters', 'ria-novosti', 'volodymyr-zelensky', 'dmitry-peskov',
      'recep-tayyip-erdogan', 'vladimir-putin', 'denys-prokopenko', 'viktor-medvedchuk',
    ],
    claims: [
      { metric: 'prisoners-exchanged', value: 215, qualifier: null, claimant: ['unattributed', 'ukraine'], verification: [...UNSTATED], sentence: 'a swap in September 2022 that freed 215 Ukrainians in return for 55 Russians' },
      { metric: 'prisoners-exchanged', value: 55, qualifier: null, claimant: ['unattributed', 'ukraine'], verification: [...UNSTATED], sentence: 'in return for 55 Russians and pro-Russian politician Viktor Medvedchuk' },
      { metric: 'captured', value: 2439, qualifier: null, claimant: 'russia', verification: [...UNSTATED], sentence: "Russia's defence ministry said at the time that 2,439 fighters had surrendered." },
    ],
    events: [
      { kind: ['meeting', 'talks'], date: '2023-07-07', place: 'Istanbul', status: 'held', sentence: 'The move followed talks between Zelenskiy and Turkish President Tayyip Erdogan in Istanbul on Friday' },
      { kind: 'prisoner-exchange', date: ['2022-09-01', '2022-09-30'], status: 'held', sentence: 'were handed over to Turkey in a swap in September 2022' },
      { kind: 'meeting', date: ['2023-08-01', '2023-08-31'], status: ['planned', 'proposed'], sentence: 'Erdogan also said he expected Putin to visit Turkey in August' },
      { kind: 'deadline', date: '2023-07-17', sentence: 'the Black Sea grain deal, which expires on July 17' },
      { kind: 'meeting', date: ['2023-07-10', '2023-07-16'], place: 'Vilnius', status: 'planned', sentence: 'ahead of a NATO summit in Vilnius next week' },
      { kind: ['other', 'prisoner-exchange', 'meeting'], date: '2023-07-08', sentence: 'President Volodymyr Zelenskiy flew home from Turkey on Saturday with five commanders', optional: true },
      { kind: 'other', date: ['2022-05-01', '2022-05-31'], sentence: 'The Azovstal garrison surrendered in May 2022', optional: true },
    ],
    quotes: [
      { speaker: 'volodymyr-zelensky', startsWith: 'We are returning home from Turkey' },
      { speaker: 'dmitry-peskov', startsWith: 'This is nothing other than a direct violation' },
      { speaker: 'recep-tayyip-erdogan', startsWith: 'undoubtedly deserves' },
      { speaker: 'recep-tayyip-erdogan', startsWith: 'We believe that a just peace will have no loser' },
    ],
    boilerplate: [
      'Advertisement · Scroll to continue',
      'Also read: Erdogan says Putin to visit Turkey, grain deal to be extended',
      '(Reporting by Max Hunder; Writing by Ron Popeski)',
      'More from Europe',
      'Russia says it repelled Ukrainian attacks near Bakhmut',
      'Ukraine says 500 Russian troops killed in a day',
    ],
  },
  {
    id: 'us-russia-embassy-talks-2025-02-27',
    actors: [
      'russia', 'united-states', 'ukraine', 'turkey', 'saudi-arabia', 'afp', 'vladimir-putin', 'donald-trump',
      'alexander-darchiev', 'sonata-coulter', 'sergei-lavrov', 'marco-rubio', 'volodymyr-zelensky', 'hakan-fidan',
    ],
    claims: [
      { metric: ['killed', 'killed-and-wounded', 'other'], value: 1400, qualifier: 'more than', claimant: 'russia', verification: 'unverified', sentence: "Russia's defence ministry said Ukrainian forces had lost more than 1,400 troops over the past 24 hours" },
      { metric: ['killed', 'killed-and-wounded', 'other'], value: 1350, qualifier: null, claimant: 'ukraine', verification: 'unverified', sentence: "Ukraine's General Staff said Russia had lost 1,350 troops." },
    ],
    events: [
      { kind: 'talks', date: '2025-02-27', place: 'Istanbul', status: 'held', sentence: 'Russian and American diplomats held more than six hours of talks in Istanbul on Thursday' },
      { kind: ['other', 'meeting', 'statement'], date: ['2025-02-01', '2025-02-26'], sentence: 'a phone call between Vladimir Putin and Donald Trump earlier this month' },
      { kind: ['talks', 'meeting'], date: '2025-02-18', place: 'Riyadh', status: 'held', sentence: 'The meeting followed talks between Lavrov and US Secretary of State Marco Rubio in Riyadh on February 18' },
      { kind: 'statement', date: '2025-02-26', sentence: 'Sergei Lavrov said on Wednesday', optional: true },
      { kind: 'statement', date: '2025-02-24', sentence: 'Hakan Fidan said on Monday', optional: true },
      { kind: 'statement', date: ['2025-02-17', '2025-02-23'], sentence: 'President Volodymyr Zelensky said last week', optional: true },
      { kind: ['talks', 'meeting'], date: ['2025-02-27', '2025-04-30'], status: ['planned', 'proposed'], sentence: 'the next round would take place "soon"', optional: true },
    ],
    quotes: [
      { speaker: 'russia', startsWith: 'The talks were constructive and business-like' },
      { speaker: 'sergei-lavrov', startsWith: 'how quickly and effectively we can move forward' },
      { speaker: 'volodymyr-zelensky', startsWith: 'We cannot recognise any agreements about us without us' },
      { speaker: 'hakan-fidan', startsWith: 'an ideal venue' },
      { speaker: 'united-states', startsWith: 'soon', optional: true },
    ],
    boilerplate: [
      'Trending: Zelensky to sign minerals deal in Washington on Friday',
      'Sign up to our daily newsletter',
      'Your email address',
      'Related stories',
      'Putin says Russia open to minerals deal with US',
      'Ukraine says 1,000 Russian troops killed near Pokrovsk',
    ],
  },
];
