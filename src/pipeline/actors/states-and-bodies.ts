// States, international bodies and groups, each with the names, adjectives and
// metonyms ("the Kremlin", "Ankara") that stand for it in news prose.
import type { GazetteerEntry } from './types.ts';

function state(id: string, name: string, names: string[]): GazetteerEntry {
  return {
    actor: { id, name, kind: 'state', party: null, role: null, voice: 'party' },
    names: [name, ...names],
    surnames: [],
    roles: [],
  };
}

function body(id: string, name: string, kind: 'organisation' | 'group', names: string[]): GazetteerEntry {
  return {
    actor: { id, name, kind, party: null, role: null, voice: 'party' },
    names: [name, ...names],
    surnames: [],
    roles: [],
  };
}

export const STATES_AND_BODIES: GazetteerEntry[] = [
  state('ukraine', 'Ukraine', ['Ukrainian', 'Ukrainians', 'Kyiv', 'Kiev']),
  state('russia', 'Russia', ['Russian', 'Russians', 'Russian Federation', 'Moscow', 'Kremlin']),
  state('turkey', 'Türkiye', ['Turkey', 'Turkiye', 'Turkish', 'Turks', 'Ankara']),
  state('united-states', 'United States', [
    'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'American', 'Americans', 'Washington', 'White House',
    'State Department', 'US State Department', 'U.S. State Department', 'Pentagon',
  ]),
  state('united-kingdom', 'United Kingdom', ['UK', 'U.K.', 'Britain', 'British', 'Downing Street']),
  state('france', 'France', ['French', 'Elysee', 'Élysée']),
  state('germany', 'Germany', ['German', 'Berlin']),
  state('china', 'China', ['Chinese', 'Beijing']),
  state('israel', 'Israel', ['Israeli']),
  state('belarus', 'Belarus', ['Belarusian', 'Minsk']),
  state('poland', 'Poland', ['Polish', 'Warsaw']),
  state('italy', 'Italy', ['Italian']),
  state('hungary', 'Hungary', ['Hungarian']),
  state('saudi-arabia', 'Saudi Arabia', ['Saudi', 'Riyadh']),
  state('qatar', 'Qatar', ['Qatari', 'Doha']),
  state('iran', 'Iran', ['Iranian', 'Tehran']),
  state('north-korea', 'North Korea', ['North Korean', 'Pyongyang']),
  state('syria', 'Syria', ['Syrian']),
  state('libya', 'Libya', ['Libyan']),
  state('vatican', 'Holy See', ['Vatican']),
  state('united-arab-emirates', 'United Arab Emirates', ['UAE', 'U.A.E.', 'Emirati', 'Abu Dhabi']),
  body('european-union', 'European Union', 'organisation', [
    'EU', 'E.U.', 'European Commission', 'European Parliament', 'European Council', 'Brussels',
  ]),
  body('nato', 'NATO', 'organisation', ['Nato', 'North Atlantic Treaty Organization']),
  // UN agencies speak for the UN system: a figure "according to the IOM" is the UN's figure.
  body('united-nations', 'United Nations', 'organisation', [
    'UN', 'U.N.', 'UN Security Council', 'UNHCR', 'UN refugee agency', 'International Organization for Migration',
    'International Organisation for Migration', 'IOM', 'World Food Programme', 'World Food Program', 'WFP', 'UNICEF',
    'OHCHR', 'UN human rights office', 'UN Human Rights Monitoring Mission', 'IAEA', 'International Atomic Energy Agency',
  ]),
  body('osce', 'OSCE', 'organisation', ['Organization for Security and Co-operation in Europe']),
  body('red-cross', 'International Committee of the Red Cross', 'organisation', ['ICRC', 'Red Cross']),
  body('g7', 'G7', 'group', ['G-7', 'Group of Seven']),
  body('european-leaders', 'European leaders', 'group', [
    'European Leaders', 'Europeans', 'European powers', 'European governments',
  ]),
];
