// Finding an actor by typing: names before roles, accents optional, Tab moves on.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ActorFilter } from '../../src/features/filters/ActorFilter.tsx';
import type { Actor, BundleIndex } from '../../src/schema/bundle.ts';

const person = (id: string, name: string, role: string | null, party = 'russia'): Actor => ({
  id, name, kind: 'person', party, role, voice: 'party', aliases: [],
});

const index = {
  schemaVersion: 3,
  articles: [], events: [], positions: [], claims: [], disagreements: [], topics: [], metrics: [],
  actors: [
    { id: 'russia', name: 'Russia', kind: 'state', party: null, role: null, voice: 'party', aliases: [] },
    { id: 'turkiye', name: 'Türkiye', kind: 'state', party: null, role: null, voice: 'party', aliases: ['Turkey'] },
    person('andrei-borodin', 'Andrei Borodin', 'Deputy Minister of Transport'),
    person('boris-clarke', 'Boris Clarke', 'Deputy Head of Delegation'),
    person('vladimir-putin', 'Vladimir Putin', 'President of Russia'),
    person('recep-erdogan', 'Recep Tayyip Erdoğan', 'President of Türkiye', 'turkiye'),
  ],
} as BundleIndex;

function Harness() {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <>
      <ActorFilter index={index} selected={selected} onChange={setSelected} />
      <button type="button">Next control</button>
    </>
  );
}

const optionNames = () =>
  within(screen.getByRole('listbox', { hidden: true })).queryAllByRole('option', { hidden: true }).map((option) => option.querySelector('span + span')?.textContent);

describe('actor search', () => {
  it('lists a match on the name before matches on the role', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByRole('combobox', { name: 'Actors' }), 'Put');
    expect(optionNames()).toEqual(['Vladimir Putin', 'Andrei Borodin', 'Boris Clarke']);
  });

  it('finds a name with or without its accents', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const box = screen.getByRole('combobox', { name: 'Actors' });
    await user.type(box, 'Erdogan');
    expect(optionNames()).toEqual(['Recep Tayyip Erdoğan']);
    await user.clear(box);
    await user.type(box, 'ERDOĞAN');
    expect(optionNames()).toEqual(['Recep Tayyip Erdoğan']);
    await user.clear(box);
    await user.type(box, 'turkiye');
    expect(optionNames()[0]).toBe('Türkiye');
  });

  it('moves focus to the next control on Tab, with the list open, and closes the list', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const box = screen.getByRole('combobox', { name: 'Actors' });
    await user.type(box, 'Pu');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Next control' })).toHaveFocus();
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });
});
