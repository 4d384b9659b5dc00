// What the positions view downloads is what it shows: the statements in view as CSV and
// JSON, the matrix as SVG, each with the credit line that says where it came from.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PositionsView } from '../../src/features/positions/index.ts';
import { filterIndex } from '../../src/lib/filter-index.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/lib/view-state.ts';
import { fixtureIndex } from './render-app.tsx';
import { captureDownloads, readBlob } from './capture-downloads.ts';

afterEach(() => vi.restoreAllMocks());

function renderView(patch: Partial<ViewState> = {}) {
  const view = { ...DEFAULT_VIEW_STATE, view: 'positions' as const, ...patch };
  return render(<PositionsView index={fixtureIndex} filtered={filterIndex(fixtureIndex, view)} view={view} setView={vi.fn()} />);
}

describe('positions downloads', () => {
  it('saves the statements in view as CSV, one row each, with the party, speaker and sentence', async () => {
    const saved = captureDownloads();
    renderView({ to: '2022-12-31' });
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('peace-talks-positions-start_2022-12-31.csv');
    const lines = (await readBlob(saved[0]!.blob)).trim().split('\r\n');
    expect(lines[0]).toBe('proposition_id,proposition,party_id,party,stance,date,latest_in_view,moved_from,speaker,summary,article_id,quote,position_id');
    // A header and the six statements dated in 2022; none of 2025.
    expect(lines).toHaveLength(7);
    expect(lines.find((line) => line.startsWith('ukraine-neutral'))).toContain('Volodymyr Zelensky');
    expect(lines.join('\n')).not.toContain('2025-');
  });

  it('saves JSON with the headline, filters and credit line around the rows', async () => {
    const saved = captureDownloads();
    renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const json = JSON.parse(await readBlob(saved[0]!.blob));
    expect(json.title).toBe('Ukraine and Russia take opposite sides on each of the 2 propositions both have stated');
    expect(json.sources).toMatch(/^Ukraine and Russia take opposite sides.*Sources: .*Peace Talks Tracker dataset v3\.\d+\./);
    expect(json.rows).toHaveLength(fixtureIndex.positions.length);
    expect(json.rows.find((row: { position_id: string }) => row.position_id === 'pos-ukraine-nato-2025')).toMatchObject({
      proposition: 'Ukraine may join NATO',
      stance: 'for',
      moved_from: 'conditional',
      latest_in_view: true,
    });
  });

  it('saves the matrix as a standalone SVG with every proposition, the stances and the credit line', async () => {
    const saved = captureDownloads();
    renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Download SVG' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const svg = await readBlob(saved[0]!.blob);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    for (const words of ['Ukraine may join NATO', 'Sanctions on Russia', 'Türkiye', '✓', 'For', 'Against', 'Peace Talks Tracker dataset']) {
      expect(svg).toContain(words);
    }
  });
});
