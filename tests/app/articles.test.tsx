import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticlePayload, BundleIndex } from '../../src/schema/bundle.ts';
import { filterIndex } from '../../src/lib/filter-index.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/lib/view-state.ts';
import { ArticlesView } from '../../src/features/articles/index.ts';

const BANNER = 'Sunday, March 3, 2024 | Subscribe now\n';
const TALKS = 'Talks resumed in Istanbul on Tuesday.';
const SCRIPT = ' A reader wrote <script>alert(1)</script> in the comments. ';
const CLAIM = 'The army said 597 tanks were lost.';
const TEXT = `${BANNER}${TALKS}${SCRIPT}${CLAIM}\n`;
const at = (part: string) => ({ start: TEXT.indexOf(part), end: TEXT.indexOf(part) + part.length });
const evidence = (part: string) => ({ articleId: 'a1', ...at(part), quote: part });

const index: BundleIndex = {
  schemaVersion: 3,
  articles: [
    { id: 'a1', file: 'a1.txt', title: 'Talks resume', outlet: 'Wire service', url: null, publishedAt: '2022-03-29', language: 'en', dateNote: '', actors: ['russia'], length: TEXT.length, items: 2 },
    { id: 'a2', file: 'a2.txt', title: 'Another day', outlet: 'Daily paper', url: null, publishedAt: '2022-03-10', language: 'en', dateNote: '', actors: [], length: 10, items: 0 },
  ],
  actors: [{ id: 'russia', name: 'Russia', kind: 'state', party: null, role: null, voice: 'party', aliases: [] }],
  events: [
    { id: 'ev1', origin: 'extracted', evidence: [evidence(TALKS)], date: '2022-03-29', endDate: null, dateBasis: { kind: 'relative', phrase: 'on Tuesday', note: '' }, kind: 'talks', title: 'Istanbul talks', place: 'Istanbul', participants: ['russia'], status: 'held' },
  ],
  positions: [],
  claims: [
    { id: 'cl1', origin: 'extracted', evidence: [evidence(CLAIM)], metric: 'tanks', value: 597, valueHigh: null, qualifier: null, unit: 'tanks', subject: 'russia', claimant: 'unattributed', date: '2022-03-29', verification: 'unverified', asOf: null, verificationEvidence: null },
  ],
  disagreements: [],
  topics: [],
  metrics: ['tanks'],
};

const payload: ArticlePayload = {
  schemaVersion: 3,
  id: 'a1',
  text: TEXT,
  boilerplate: [at(BANNER)],
  mentions: [{ actor: 'russia', evidence: [evidence('Istanbul')] }],
  events: index.events,
  positions: [],
  claims: index.claims,
  quotes: [],
};

const scrollIntoView = vi.fn();
beforeEach(() => {
  Element.prototype.scrollIntoView = scrollIntoView;
});
afterEach(() => {
  vi.unstubAllGlobals();
  scrollIntoView.mockReset();
});

function renderReader(patch: Partial<ViewState>, respond: (url: string) => Response = () => Response.json(payload)) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => respond(String(input)));
  vi.stubGlobal('fetch', fetchMock);
  const view = { ...DEFAULT_VIEW_STATE, view: 'articles' as const, ...patch };
  const setView = vi.fn();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <QueryClientProvider client={client}>
      <ArticlesView index={index} filtered={filterIndex(index, view)} view={view} setView={setView} />
    </QueryClientProvider>,
  );
  return { ...result, setView, fetchMock };
}

describe('ArticlesView', () => {
  it('lists articles newest first with outlet, date and item count, and opens one', () => {
    const { setView } = renderReader({});
    const list = screen.getByRole('list', { name: 'Articles' });
    const entries = within(list).getAllByRole('button');
    expect(entries.map((entry) => entry.textContent)).toEqual([
      'Talks resumeWire service · 29 Mar 2022 · 2 items',
      'Another dayDaily paper · 10 Mar 2022 · 0 items',
    ]);
    fireEvent.click(entries[1]!);
    expect(setView).toHaveBeenCalledWith({ article: 'a2', focus: null });
  });

  it('loads the open article from its own file and renders markup in it as plain text', async () => {
    const { container, fetchMock } = renderReader({ article: 'a1' });
    expect(await screen.findByText(/<script>alert\(1\)<\/script>/)).toBeInTheDocument();
    expect(container.querySelector('script')).toBeNull();
    expect(fetchMock).toHaveBeenCalledWith('/data/bundle/articles/a1.json', expect.anything());
    expect(container.querySelector('article')!.textContent).toContain(`${TALKS}${SCRIPT}${CLAIM}`);
  });

  it('sets boilerplate apart under a label', async () => {
    renderReader({ article: 'a1' });
    const [boilerplate, ...others] = await screen.findAllByRole('note', { name: 'Site boilerplate (not analysed)' });
    expect(others).toHaveLength(0);
    expect(boilerplate).toHaveTextContent('Sunday, March 3, 2024');
    expect(boilerplate!.querySelector('mark')).toBeNull();
  });

  it('marks every item in place and lists it in the panel', async () => {
    const { container, setView } = renderReader({ article: 'a1' });
    const panel = await screen.findByRole('navigation', { name: 'Items found in this article' });
    expect(within(panel).getByRole('button', { name: /Istanbul talks — 29 Mar 2022/ })).toBeInTheDocument();
    const claimButton = within(panel).getByRole('button', {
      name: "No source named: 597 tanks lost on Russia's side (not independently verified) — 29 Mar 2022",
    });
    expect(within(panel).getByRole('button', { name: 'Russia (1 time)' })).toBeInTheDocument();
    const marks = [...container.querySelectorAll('mark')];
    expect(marks.map((mark) => mark.textContent).join('|')).toBe(`Talks resumed in |Istanbul| on Tuesday.|${CLAIM}`);
    fireEvent.click(claimButton);
    expect(setView).toHaveBeenCalledWith({ focus: 'cl1' });
  });

  it('words a claim in the panel as the claims view does, leaving a loaded term in the quote', async () => {
    const claim = { ...index.claims[0]!, claimant: 'russia', subject: null, metric: 'killed' as const, value: 2_000_000, qualifier: 'more than', unit: 'occupiers' };
    renderReader({ article: 'a1' }, () => Response.json({ ...payload, claims: [claim] }));
    const panel = await screen.findByRole('navigation', { name: 'Items found in this article' });
    expect(within(panel).getByRole('button', { name: /^According to Russia: more than 2 million killed \(not independently verified\) — 29 Mar 2022$/ })).toBeInTheDocument();
    expect(panel).not.toHaveTextContent('occupiers');
  });

  it('brings the focused item into view, focuses and announces it', async () => {
    const { container } = renderReader({ article: 'a1', focus: 'cl1' });
    await waitFor(() => expect(scrollIntoView).toHaveBeenCalled());
    const focused = container.querySelector('mark[data-focused="true"]')!;
    expect(focused).toHaveTextContent(CLAIM);
    expect(focused).toHaveFocus();
    expect(container.querySelectorAll('mark[data-focused]')).toHaveLength(1);
    // The announcement is a state update made by the same effect that scrolls: on a busy machine its
    // render may land after the scroll was seen, so wait for it rather than read it at once.
    expect(await screen.findByText(/Showing the sentence for: No source named: 597 tanks lost/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^No source named: 597 tanks lost/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('sets off the whole sentence around a fragment of evidence', async () => {
    const fragment = { ...index.claims[0]!, id: 'cl-fragment', evidence: [evidence('597 tanks')] };
    const withFragment = { ...index, claims: [fragment] };
    vi.stubGlobal('fetch', vi.fn(async () => Response.json({ ...payload, claims: [fragment] })));
    const view = { ...DEFAULT_VIEW_STATE, view: 'articles' as const, article: 'a1', focus: 'cl-fragment' };
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const { container } = render(
      <QueryClientProvider client={client}>
        <ArticlesView index={withFragment} filtered={filterIndex(withFragment, view)} view={view} setView={vi.fn()} />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(container.querySelector('mark[data-focused]')).toHaveTextContent('597 tanks'));
    const context = [...container.querySelectorAll('[data-focus-sentence]')].map((span) => span.textContent);
    expect(context).toEqual([CLAIM]);
  });

  it('says so when the link names an item the article does not hold', async () => {
    renderReader({ article: 'a1', focus: 'cl-gone' });
    expect(await screen.findByText(/that this article does not contain/)).toHaveTextContent('cl-gone');
    expect(await screen.findByText(/<script>alert\(1\)<\/script>/)).toBeInTheDocument();
  });

  it('shows a failing article as an error in the reader only, and retries', async () => {
    let fail = true;
    renderReader({ article: 'a1' }, () => (fail ? new Response('nope', { status: 500 }) : Response.json(payload)));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This article could not be loaded. The article could not be loaded (HTTP 500).');
    expect(screen.getByRole('list', { name: 'Articles' })).toBeInTheDocument();
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/<script>alert\(1\)<\/script>/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('rejects a payload that does not match the contract', async () => {
    renderReader({ article: 'a1' }, () => Response.json({ ...payload, text: 42 }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The article file is not in the expected format.');
  });

  it('explains a file that is not JSON at all', async () => {
    renderReader({ article: 'a1' }, () => new Response('<!doctype html><p>Not here</p>', { status: 200 }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The article file is missing or damaged.');
  });
});
