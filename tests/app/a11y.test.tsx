import axe from 'axe-core';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';

/** axe walks the whole page; on a busy machine that takes seconds. */
const AXE_TIMEOUT = 30_000;

async function violations(): Promise<string[]> {
  // jsdom does no layout, so colour contrast is checked in the browser instead.
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('accessibility of the page shell', () => {
  it.each([
    { url: '/', ready: () => screen.findByRole('region', { name: 'Round of Mar 2022' }) },
    { url: '/?view=positions', ready: () => screen.findByRole('table') },
    { url: '/?from=2023-01-01&to=2023-02-01&bogus=1', ready: () => screen.findByText('No events match these filters.') },
  ])('has no axe violations at $url', async ({ url, ready }) => {
    renderApp({ url });
    await ready();
    expect(await violations()).toEqual([]);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Sources:');
  }, AXE_TIMEOUT);

  it('keeps the combobox valid while its list is open', async () => {
    const { user } = renderApp();
    await screen.findByRole('region', { name: 'Round of Mar 2022' });
    await user.type(screen.getByRole('combobox', { name: 'Actors' }), 'u');
    expect(screen.getByRole('listbox', { name: 'Actors' })).toBeVisible();
    expect(await violations()).toEqual([]);
  }, AXE_TIMEOUT);
});
