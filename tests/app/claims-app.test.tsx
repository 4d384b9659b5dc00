// The claims view inside the whole page: from a bar's table row to the sentence in the reader.
import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { preloadClaimsView } from '../../src/features/claims/index.ts';
import { currentSearch, renderApp } from './render-app.tsx';

beforeAll(() => preloadClaimsView(), 30_000);
afterEach(() => vi.unstubAllGlobals());

describe('claims in the page', { timeout: 30_000 }, () => {
  it('opens the reader at the sentence a figure comes from, and the link says so', async () => {
    Element.prototype.scrollIntoView = vi.fn();
    const { user, container } = renderApp({ url: '/?view=claims&metrics=tanks' });
    const row = await waitFor(() => {
      const found = container.querySelector<HTMLTableRowElement>('tr[data-claim-id="cl-2022-tanks"]');
      expect(found).not.toBeNull();
      return found!;
    });
    await user.click(within(row).getByRole('button', { name: /Show sentence/ }));

    const focused = await waitFor(() => {
      const mark = container.querySelector('mark[data-focused="true"]');
      expect(mark).not.toBeNull();
      return mark!;
    });
    expect(focused).toHaveTextContent('Russia has lost 597 tanks');
    expect(focused).toHaveFocus();
    expect(currentSearch()).toContain('focus=cl-2022-tanks');
    expect(screen.getByRole('heading', { level: 3, name: /Turkey talks/ })).toBeInTheDocument();
  });
});

describe('claims view in the page: links, rounds and accessibility', { timeout: 60_000 }, () => {
  it('opens an old link that asked for population and tariff figures, and says what it changed', async () => {
    const { container } = renderApp({ url: '/?view=claims&metrics=population~tariff-percent~killed' });
    const notice = await screen.findByText('Part of this link was ignored');
    const box = notice.closest('[role]') ?? notice.parentElement!;
    expect(box.parentElement).toHaveTextContent('metrics=population: removed from the link; the claims view now shows only losses and humanitarian figures');
    expect(box.parentElement).toHaveTextContent('metrics=tariff-percent: removed');
    await waitFor(() => expect(container.querySelector('tr[data-claim-id="cl-2022-killed"]')).not.toBeNull());
    expect(currentSearch()).toBe('?view=claims&metrics=killed');
  });

  it('marks the talks rounds once the events arrive, and has no axe violations', async () => {
    const { container } = renderApp({ url: '/?view=claims' });
    await waitFor(() => expect(container.querySelector('g[data-marker-date~="2022-03-29"]')).not.toBeNull(), { timeout: 15_000 });
    const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
