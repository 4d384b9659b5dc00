// The claims view inside the whole page: from a bar's table row to the sentence in the reader.
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
