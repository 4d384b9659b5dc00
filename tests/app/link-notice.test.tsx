import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';

describe('a shared link with values the page cannot use', () => {
  it('uses what it can and lists what it ignored, until dismissed', async () => {
    const { user } = renderApp({
      url: '/?view=positions&from=2025-02-30&actors=ukraine~atlantis&colour=red&view=claims',
    });
    const title = await screen.findByText('Part of this link was ignored');
    const box = title.closest('[role="status"]') as HTMLElement;
    await within(box).findByText(/atlantis/);
    expect(box).toHaveTextContent('from=2025-02-30: not a real date in the form YYYY-MM-DD');
    expect(box).toHaveTextContent('colour=red: not a setting this page knows');
    expect(box).toHaveTextContent('view=claims: repeated; the first value was used');
    expect(box).toHaveTextContent('actors=atlantis: no actor with this id in the data');

    // The good parts still apply, and the address bar shows the cleaned link.
    expect(screen.getByRole('tab', { name: 'Positions' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('button', { name: 'Remove Ukraine' })).toBeInTheDocument();
    expect(window.location.search).toBe('?view=positions&actors=ukraine');

    await user.click(within(box).getByRole('button', { name: /Dismiss/ }));
    expect(screen.queryByText('Part of this link was ignored')).not.toBeInTheDocument();
  });

  it('shows hostile values as plain text and never runs them', async () => {
    renderApp({ url: '/?article=javascript:alert(1)&focus=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E' });
    const box = (await screen.findByText('Part of this link was ignored')).closest('[role="status"]') as HTMLElement;
    expect(box).toHaveTextContent('article=javascript:alert(1): not a valid article id');
    expect(box).toHaveTextContent('focus=<img src=x onerror=alert(1)>: not a valid item id');
    expect(document.querySelector('img')).toBeNull();
    expect(window.location.search).toBe('');
  });

  it('shows no notice for a clean link', async () => {
    renderApp({ url: '/?view=positions&actors=ukraine' });
    await screen.findByRole('table');
    expect(screen.queryByText('Part of this link was ignored')).not.toBeInTheDocument();
  });
});
