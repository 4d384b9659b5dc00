import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareBar } from '../../src/lib/export/ShareBar.tsx';
import { buildExportSvg } from '../../src/lib/export/svg-export.ts';
import { captureDownloads, readBlob } from './capture-downloads.ts';

const rows = [
  { id: 'a', label: 'According to Source A: 597 tanks lost (not independently verified) — 29 Mar 2022', value: 597, checked: false },
];
const text = {
  title: 'Claims: Tanks',
  filters: 'Filters: metrics tanks; status not independently verified',
  sources: 'Sources: Daily Express (reposted), 29 Mar 2022, “Turkey talks”.',
};

function ChartWithShareBar() {
  const chartRef = useRef<HTMLDivElement>(null);
  return (
    <>
      <div ref={chartRef}>
        {/* A chart as the app draws one: an image with a hatch pattern for unverified marks, focusable for the keyboard. */}
        <svg role="img" aria-label="Tanks" width={720} height={120} tabIndex={0} xmlns="http://www.w3.org/2000/svg">
          <defs>
            <pattern id="hatch-blue" width={6} height={6} patternUnits="userSpaceOnUse">
              <path d="M0 6 L6 0" stroke="#0072B2" />
            </pattern>
          </defs>
          {rows.map((row, i) => (
            <g key={row.id}>
              <rect x={0} y={i * 30} width={row.value / 2} height={20} fill={row.checked ? '#0072B2' : 'url(#hatch-blue)'} />
              <text x={4} y={i * 30 + 40}>{row.label}</text>
            </g>
          ))}
        </svg>
      </div>
      <ShareBar
        chartRef={chartRef}
        columns={['id', 'quote'] as const}
        rows={[{ id: 'a', quote: '=cmd|"/c calc"' }]}
        filenameBase="claims-tanks"
        range={['2022-03-01', '2022-04-01']}
        {...{ title: text.title, filtersText: text.filters, sourcesText: text.sources }}
      />
    </>
  );
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('chart export', () => {
  it('writes a standalone SVG with title, filters, sources and the hatch patterns', () => {
    const { container } = render(<ChartWithShareBar />);
    const { svg, height } = buildExportSvg(container.querySelector('svg[role="img"]')!, text);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.querySelector(':scope > title')!.textContent).toBe('Claims: Tanks');
    const lines = [...root.querySelectorAll(':scope > text')].map((line) => line.textContent);
    expect(lines).toEqual(['Claims: Tanks', text.filters, text.sources]);
    expect(root.querySelector('pattern')).not.toBeNull();
    expect(svg).toContain('597 tanks lost (not independently verified)');
    expect(Number(root.getAttribute('height'))).toBe(height);
    expect(root.querySelector('svg')!.hasAttribute('tabindex')).toBe(false);
  });

  it('saves SVG and CSV files named after what and when', async () => {
    const saved = captureDownloads();
    render(<ChartWithShareBar />);
    fireEvent.click(screen.getByRole('button', { name: 'Download SVG' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved.map((file) => file.name)).toEqual([
      'peace-talks-claims-tanks-2022-03-01_2022-04-01.svg',
      'peace-talks-claims-tanks-2022-03-01_2022-04-01.csv',
    ]);
    expect(await readBlob(saved[0]!.blob)).toContain(text.sources);
    expect(await readBlob(saved[1]!.blob)).toBe('id,quote\r\na,"\'=cmd|""/c calc"""\r\n');
    expect(screen.getByRole('status')).toHaveTextContent('CSV saved');
  });

  it('saves JSON with the title, filters and sources around the rows', async () => {
    const saved = captureDownloads();
    render(<ChartWithShareBar />);
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('peace-talks-claims-tanks-2022-03-01_2022-04-01.json');
    expect(JSON.parse(await readBlob(saved[0]!.blob))).toEqual({
      title: text.title,
      filters: text.filters,
      sources: text.sources,
      rows: [{ id: 'a', quote: '=cmd|"/c calc"' }],
    });
  });

  it('copies the page link and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    window.history.replaceState(null, '', '/?view=claims&metrics=tanks');
    render(<ChartWithShareBar />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/?view=claims&metrics=tanks');
  });

  it('falls back to a selected textarea when the clipboard API is missing', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    const execCommand = vi.fn().mockReturnValue(true);
    document.execCommand = execCommand;
    render(<ChartWithShareBar />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
    expect(execCommand).toHaveBeenCalledWith('copy');
  });
});
