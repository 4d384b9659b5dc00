// People, with the state or body they speak for. Heads of state, and officials whose
// distinctive surnames news copy uses alone ("Peskov said"), are named by surname anywhere;
// others only after their full name appeared in the article,
// so a stray "Graham" or "Bennett" is not taken for them.
import type { GazetteerEntry, RolePhrase } from './types.ts';

interface PersonSpec {
  party: string | null;
  role: string;
  /** Other full spellings ("Volodymyr Zelenskyy"). */
  spellings?: string[];
  /** Surnames as written; `famous` makes them count without a full name first. */
  surnames: string[];
  famous?: boolean;
  commentary?: boolean;
  roles?: RolePhrase[];
}

function person(id: string, name: string, spec: PersonSpec): GazetteerEntry {
  return {
    actor: {
      id,
      name,
      kind: 'person',
      party: spec.party,
      role: spec.role,
      voice: spec.commentary ? 'commentary' : 'party',
    },
    names: [name, ...(spec.spellings ?? []), ...(spec.famous ? spec.surnames : [])],
    surnames: spec.famous ? [] : spec.surnames,
    roles: spec.roles ?? [],
  };
}

/**
 * "the X president" and "The X President" both name the office holder, and so does the
 * country's possessive ("Ukraine's president") when `country` is given.
 */
function office(title: string, from?: string, to?: string, country?: string): RolePhrase[] {
  const lower = title.replace(/ President$/, ' president');
  const possessive = country ? [`${country}'s president`, `${country}’s president`, `${country}'s President`, `${country}’s President`] : [];
  return [...new Set([`the ${title}`, `The ${title}`, `the ${lower}`, `The ${lower}`, ...possessive])].map((phrase) => ({
    phrase,
    from,
    to,
  }));
}

const TRUMP_SECOND_TERM = '2025-01-20';

export const PEOPLE: GazetteerEntry[] = [
  person('volodymyr-zelensky', 'Volodymyr Zelensky', {
    party: 'ukraine', role: 'President of Ukraine', famous: true,
    spellings: ['Volodymyr Zelenskyy', 'Volodymyr Zelenskiy'],
    surnames: ['Zelensky', 'Zelenskyy', 'Zelenskiy'],
    roles: office('Ukrainian President', '2019-05-20', undefined, 'Ukraine'),
  }),
  person('vladimir-putin', 'Vladimir Putin', {
    party: 'russia', role: 'President of Russia', famous: true, surnames: ['Putin'],
    roles: [...office('Russian President', '2012-05-07', undefined, 'Russia'), ...office('Russian leader', '2012-05-07')],
  }),
  person('recep-tayyip-erdogan', 'Recep Tayyip Erdogan', {
    party: 'turkey', role: 'President of Türkiye', famous: true,
    spellings: ['Recep Tayyip Erdoğan', 'Tayyip Erdogan', 'Tayyip Erdoğan'],
    surnames: ['Erdogan', 'Erdoğan'],
    roles: office('Turkish President', '2014-08-28', undefined, 'Turkey'),
  }),
  person('donald-trump', 'Donald Trump', {
    party: 'united-states', role: 'President of the United States', famous: true, surnames: ['Trump'],
    roles: [
      ...office('U.S. President', TRUMP_SECOND_TERM),
      ...office('US President', TRUMP_SECOND_TERM),
      ...office('U.S. President', '2017-01-20', '2021-01-19'),
      ...office('US President', '2017-01-20', '2021-01-19'),
    ],
  }),
  person('joe-biden', 'Joe Biden', {
    party: 'united-states', role: 'President of the United States (2021–2025)', famous: true,
    surnames: ['Biden'],
    roles: [...office('U.S. President', '2021-01-20', '2025-01-19'), ...office('US President', '2021-01-20', '2025-01-19')],
  }),
  person('emmanuel-macron', 'Emmanuel Macron', {
    party: 'france', role: 'President of France', famous: true, surnames: ['Macron'],
  }),
  person('keir-starmer', 'Keir Starmer', {
    party: 'united-kingdom', role: 'Prime Minister of the United Kingdom', famous: true, surnames: ['Starmer'],
  }),
  person('xi-jinping', 'Xi Jinping', { party: 'china', role: 'President of China', famous: true, surnames: ['Xi'] }),
  person('alexander-lukashenko', 'Alexander Lukashenko', {
    party: 'belarus', role: 'President of Belarus', famous: true, surnames: ['Lukashenko'],
  }),
  person('friedrich-merz', 'Friedrich Merz', { party: 'germany', role: 'Chancellor of Germany', surnames: ['Merz'] }),
  person('donald-tusk', 'Donald Tusk', { party: 'poland', role: 'Prime Minister of Poland', surnames: ['Tusk'] }),
  person('naftali-bennett', 'Naftali Bennett', {
    party: 'israel', role: 'Prime Minister of Israel (2021–2022)', surnames: ['Bennett'],
  }),
  person('dmytro-kuleba', 'Dmytro Kuleba', {
    party: 'ukraine', role: 'Foreign Minister of Ukraine (2020–2024)', surnames: ['Kuleba'], famous: true,
  }),
  person('andrii-sybiha', 'Andrii Sybiha', {
    party: 'ukraine', role: 'Foreign Minister of Ukraine', spellings: ['Andriy Sybiha'], surnames: ['Sybiha'], famous: true,
  }),
  person('rustem-umerov', 'Rustem Umerov', {
    party: 'ukraine', role: 'Head of the Ukrainian delegation (2025)', surnames: ['Umerov'], famous: true,
  }),
  person('david-arakhamia', 'David Arakhamia', {
    party: 'ukraine', role: 'Head of the Ukrainian delegation (2022)', spellings: ['Davyd Arakhamia'],
    surnames: ['Arakhamia'], famous: true,
  }),
  person('sergei-lavrov', 'Sergei Lavrov', {
    party: 'russia', role: 'Foreign Minister of Russia', spellings: ['Sergey Lavrov'], surnames: ['Lavrov'],
    famous: true,
  }),
  person('dmitry-peskov', 'Dmitry Peskov', {
    party: 'russia', role: 'Kremlin spokesman', surnames: ['Peskov'], famous: true,
    roles: ['spokesman', 'Spokesman', 'spokesperson', 'Spokesperson', 'press secretary', 'Press Secretary']
      .flatMap((title) => [`the Kremlin ${title}`, `The Kremlin ${title}`, `the Kremlin's ${title}`, `The Kremlin's ${title}`, `the Kremlin’s ${title}`, `The Kremlin’s ${title}`])
      .map((phrase) => ({ phrase, from: '2012-05-22' })),
  }),
  person('vladimir-medinsky', 'Vladimir Medinsky', {
    party: 'russia', role: 'Presidential aide, head of the Russian delegation', surnames: ['Medinsky'], famous: true,
  }),
  person('mikhail-galuzin', 'Mikhail Galuzin', {
    party: 'russia', role: 'Deputy Foreign Minister of Russia', surnames: ['Galuzin'],
  }),
  person('alexander-fomin', 'Alexander Fomin', {
    party: 'russia', role: 'Deputy Defence Minister of Russia', surnames: ['Fomin'],
  }),
  person('igor-kostyukov', 'Igor Kostyukov', {
    party: 'russia', role: 'Head of Russian military intelligence', surnames: ['Kostyukov'],
  }),
  person('mevlut-cavusoglu', 'Mevlut Cavusoglu', {
    party: 'turkey', role: 'Foreign Minister of Türkiye (2015–2023)', spellings: ['Mevlüt Çavuşoğlu'],
    surnames: ['Cavusoglu', 'Çavuşoğlu'], famous: true,
  }),
  person('hakan-fidan', 'Hakan Fidan', { party: 'turkey', role: 'Foreign Minister of Türkiye', surnames: ['Fidan'], famous: true }),
  person('marco-rubio', 'Marco Rubio', { party: 'united-states', role: 'US Secretary of State', surnames: ['Rubio'] }),
  person('steve-witkoff', 'Steve Witkoff', { party: 'united-states', role: 'US special envoy', surnames: ['Witkoff'], famous: true }),
  person('keith-kellogg', 'Keith Kellogg', { party: 'united-states', role: 'US special envoy', surnames: ['Kellogg'] }),
  person('lindsey-graham', 'Lindsey Graham', { party: 'united-states', role: 'US Senator', surnames: ['Graham'] }),
  person('mark-rutte', 'Mark Rutte', { party: 'nato', role: 'NATO Secretary General', surnames: ['Rutte'], famous: true }),
  person('ursula-von-der-leyen', 'Ursula von der Leyen', {
    party: 'european-union', role: 'President of the European Commission', surnames: ['von der Leyen'],
  }),
  person('kaja-kallas', 'Kaja Kallas', { party: 'european-union', role: 'EU foreign policy chief', surnames: ['Kallas'] }),
  person('antonio-guterres', 'António Guterres', {
    party: 'united-nations', role: 'UN Secretary-General', spellings: ['Antonio Guterres'], surnames: ['Guterres'], famous: true,
  }),
  person('yuri-ushakov', 'Yuri Ushakov', { party: 'russia', role: 'Kremlin foreign-policy aide', surnames: ['Ushakov'], famous: true }),
  person('kirill-dmitriev', 'Kirill Dmitriev', { party: 'russia', role: 'Russian presidential envoy', surnames: ['Dmitriev'] }),
  person('maria-zakharova', 'Maria Zakharova', {
    party: 'russia', role: 'Russian Foreign Ministry spokeswoman', surnames: ['Zakharova'], famous: true,
  }),
  person('igor-konashenkov', 'Igor Konashenkov', {
    party: 'russia', role: 'Russian Defence Ministry spokesman', surnames: ['Konashenkov'], famous: true,
  }),
  person('mykhailo-podoliak', 'Mykhailo Podoliak', {
    party: 'ukraine', role: 'Adviser to the President of Ukraine', spellings: ['Mykhailo Podolyak'], surnames: ['Podoliak', 'Podolyak'], famous: true,
  }),
  person('andriy-yermak', 'Andriy Yermak', {
    party: 'ukraine', role: 'Head of the Office of the President of Ukraine', spellings: ['Andrii Yermak'], surnames: ['Yermak'], famous: true,
  }),
  person('ibrahim-kalin', 'Ibrahim Kalin', {
    party: 'turkey', role: 'Head of Turkish intelligence', spellings: ['İbrahim Kalın'], surnames: ['Kalin', 'Kalın'],
  }),
  person('antony-blinken', 'Antony Blinken', {
    party: 'united-states', role: 'US Secretary of State (2021–2025)', surnames: ['Blinken'], famous: true,
  }),
  person('jd-vance', 'JD Vance', { party: 'united-states', role: 'US Vice President', spellings: ['J.D. Vance'], surnames: ['Vance'] }),
  person('olaf-scholz', 'Olaf Scholz', { party: 'germany', role: 'Chancellor of Germany (2021–2025)', surnames: ['Scholz'] }),
  person('boris-johnson', 'Boris Johnson', {
    party: 'united-kingdom', role: 'Prime Minister of the United Kingdom (2019–2022)', surnames: ['Johnson'],
  }),
  person('roman-abramovich', 'Roman Abramovich', {
    party: null, role: 'Russian businessman, informal intermediary (2022)', commentary: true, surnames: ['Abramovich'],
  }),
  person('marc-weller', 'Marc Weller', {
    party: null, role: 'Former UN mediation expert', commentary: true, surnames: ['Weller'],
  }),
  person('mustafa-aydin', 'Mustafa Aydin', {
    party: null, role: 'Professor, Kadir Has University', commentary: true, spellings: ['Mustafa Aydın'],
    surnames: ['Aydin', 'Aydın'],
  }),
  person('andrey-kozyrev', 'Andrey Kozyrev', {
    party: null, role: 'Former Russian Foreign Minister', commentary: true, spellings: ['Andrei Kozyrev'],
    surnames: ['Kozyrev'],
  }),
  person('sergei-shoigu', 'Sergei Shoigu', {
    party: 'russia', role: 'Russian Defence Minister (2012–2024), Security Council Secretary', spellings: ['Sergey Shoigu'],
    surnames: ['Shoigu'], famous: true,
  }),
  person('oleksandr-kubrakov', 'Oleksandr Kubrakov', {
    party: 'ukraine', role: 'Ukrainian Infrastructure Minister (2022–2024)', surnames: ['Kubrakov'],
  }),
  person('filippo-grandi', 'Filippo Grandi', { party: 'united-nations', role: 'UN High Commissioner for Refugees', surnames: ['Grandi'] }),
  person('scott-bessent', 'Scott Bessent', { party: 'united-states', role: 'US Treasury Secretary', surnames: ['Bessent'] }),
  person('denys-shmyhal', 'Denys Shmyhal', { party: 'ukraine', role: 'Prime Minister of Ukraine (2020–2025)', surnames: ['Shmyhal'] }),
  person('andrei-belousov', 'Andrei Belousov', {
    party: 'russia', role: 'Russian Defence Minister', spellings: ['Andrey Belousov'], surnames: ['Belousov'],
  }),
  person('kyrylo-budanov', 'Kyrylo Budanov', { party: 'ukraine', role: 'Head of Ukrainian military intelligence', surnames: ['Budanov'], famous: true }),
  person('dmytro-lubinets', 'Dmytro Lubinets', { party: 'ukraine', role: 'Ukrainian Parliament human rights commissioner', surnames: ['Lubinets'] }),
  person('tatiana-moskalkova', 'Tatiana Moskalkova', {
    party: 'russia', role: 'Russian human rights commissioner', spellings: ['Tatyana Moskalkova'], surnames: ['Moskalkova'],
  }),
];
