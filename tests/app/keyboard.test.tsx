import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';

describe('keyboard use', () => {
  it('moves between view tabs with the arrow keys, Home and End', async () => {
    const { user } = renderApp();
    await screen.findByRole('region', { name: 'Round of Mar 2022' });
    const timeline = screen.getByRole('tab', { name: 'Timeline' });
    timeline.focus();
    await user.keyboard('{ArrowRight}');
    const positions = screen.getByRole('tab', { name: 'Positions' });
    expect(positions).toHaveFocus();
    expect(positions).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Positions');
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(window.location.search).toBe('?view=positions');

    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Articles' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Timeline' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Articles' })).toHaveAttribute('aria-selected', 'true');
    // Only the selected tab is in the Tab order.
    expect(screen.getAllByRole('tab').filter((tab) => tab.tabIndex === 0)).toHaveLength(1);
  });

  it('chooses actors with arrows and Enter, closes with Escape, removes with Backspace', async () => {
    const { user } = renderApp();
    await screen.findByRole('region', { name: 'Round of Mar 2022' });
    const combobox = screen.getByRole('combobox', { name: 'Actors' });
    await user.click(combobox);
    await user.keyboard('kul');
    expect(combobox).toHaveAttribute('aria-expanded', 'true');
    const options = screen.getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([expect.stringContaining('Dmytro Kuleba')]);
    expect(combobox).toHaveAttribute('aria-activedescendant', options[0]!.id);
    await user.keyboard('{Enter}');
    expect(window.location.search).toBe('?actors=kuleba');
    expect(combobox).toHaveValue('');

    await user.keyboard('tür');
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect(window.location.search).toBe('?actors=kuleba~turkey');

    await user.keyboard('{Escape}');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('listbox', { hidden: true })).not.toBeVisible();
    // Closed, the list keeps no options in the page: every view's first render stays small.
    expect(screen.queryAllByRole('option', { hidden: true })).toHaveLength(0);

    await user.keyboard('{Backspace}');
    expect(window.location.search).toBe('?actors=kuleba');
    await user.keyboard('{Backspace}');
    expect(window.location.search).toBe('');
  });

  it('finds an actor by another name it goes by', async () => {
    const { user } = renderApp();
    await screen.findByRole('region', { name: 'Round of Mar 2022' });
    await user.type(screen.getByRole('combobox', { name: 'Actors' }), 'Zelenskiy');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      expect.stringContaining('Volodymyr Zelensky'),
    ]);
  });

  it('says when nothing matches, and Enter then chooses nothing', async () => {
    const { user } = renderApp();
    await screen.findByRole('region', { name: 'Round of Mar 2022' });
    await user.type(screen.getByRole('combobox', { name: 'Actors' }), 'zzz{Enter}');
    expect(screen.getByText('No matches for “zzz”')).toBeInTheDocument();
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(window.location.search).toBe('');
  });
});
