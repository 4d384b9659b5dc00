// News outlets and agencies: named as sources, never a party to the talks.
import type { GazetteerEntry } from './types.ts';

function outlet(id: string, name: string, names: string[] = []): GazetteerEntry {
  return {
    actor: { id, name, kind: 'organisation', party: null, role: 'News outlet', voice: 'commentary' },
    names: [name, ...names],
    surnames: [],
    roles: [],
  };
}

export const OUTLETS: GazetteerEntry[] = [
  outlet('bloomberg', 'Bloomberg'),
  outlet('politico', 'Politico'),
  outlet('reuters', 'Reuters'),
  outlet('afp', 'AFP', ['Agence France-Presse']),
  outlet('bbc', 'BBC'),
  outlet('associated-press', 'Associated Press', ['AP']),
  outlet('cnn', 'CNN'),
  outlet('tass', 'TASS', ['Tass']),
  outlet('interfax', 'Interfax'),
  outlet('ria-novosti', 'RIA Novosti'),
  outlet('anadolu', 'Anadolu Agency', ['Anadolu']),
  outlet('ntv', 'ntv.de'),
  // Outlets named after places: the longer name wins, so "Kyiv Independent" is not Ukraine.
  outlet('kyiv-independent', 'Kyiv Independent'),
  outlet('kyiv-post', 'Kyiv Post'),
  outlet('moscow-times', 'Moscow Times'),
  outlet('washington-post', 'Washington Post'),
  outlet('new-york-times', 'New York Times'),
  outlet('wall-street-journal', 'Wall Street Journal'),
  outlet('financial-times', 'Financial Times'),
  outlet('al-jazeera', 'Al Jazeera'),
  {
    ...outlet('isw', 'Institute for the Study of War', ['ISW']),
    actor: { id: 'isw', name: 'Institute for the Study of War', kind: 'organisation', party: null, role: 'Think tank', voice: 'commentary' },
  },
];
