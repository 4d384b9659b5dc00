import { act, fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { HatchedBarChart } from './HatchedBarChart.tsx';

const rows = [
  { id: 'a', label: 'Source A says 597 (not independently verified)', value: 597, high: null as number | null, checked: false },
  { id: 'b', label: 'Source B says 5–7 (independently verified)', value: 5, high: 7 as number | null, checked: true },
];

function renderChart(onSelect = vi.fn()) {
  const view = render(
    <HatchedBarChart
      data={rows}
      index="label"
      categories={['value']}
      rangeHighKey="high"
      colorOf={(row) => (row.id === 'a' ? 'blue' : 'vermillion')}
      isHatched={(row) => !row.checked}
      ariaLabel="Two figures compared"
      onSelect={onSelect}
    />,
  );
  return { ...view, onSelect };
}

describe(HatchedBarChart, () => {
  it('draws one labelled bar per row, hatched only where the row asks for it', () => {
    const { container } = renderChart();
    const bars = container.querySelectorAll('[data-bar-id]');
    expect(bars).toHaveLength(2);
    expect(bars[0]).toHaveTextContent('Source A says 597 (not independently verified)');
    const hatchedFill = bars[0]!.querySelector('rect')!.getAttribute('fill')!;
    expect(hatchedFill).toMatch(/^url\(#.+-hatch-blue\)$/);
    expect(bars[1]!.querySelector('rect')!.getAttribute('fill')).toBe('#D55E00');
    const patternId = hatchedFill.slice(5, -1);
    expect(container.querySelector(`pattern[id="${patternId}"]`)).not.toBeNull();
  });

  it('draws a whisker from the low to the high end of a range, on the same scale as the bar', () => {
    const { container } = renderChart();
    const [single, range] = container.querySelectorAll('[data-bar-id]');
    expect(single!.querySelector('[data-range-high]')).toBeNull();
    const whisker = range!.querySelector('[data-range-high="7"] line')!;
    const bar = range!.querySelector('rect')!;
    const barEnd = Number(bar.getAttribute('x')) + Number(bar.getAttribute('width'));
    expect(Number(whisker.getAttribute('x1'))).toBeCloseTo(barEnd);
    expect(Number(whisker.getAttribute('x2'))).toBeCloseTo(Number(bar.getAttribute('x')) + (Number(bar.getAttribute('width')) * 7) / 5);
  });

  it('is a focusable image with a summary', () => {
    const { getByRole } = renderChart();
    const chart = getByRole('img', { name: 'Two figures compared' });
    expect(chart).toHaveAttribute('tabindex', '0');
  });

  it('follows the arrow keys, so Enter opens the row the keyboard reached', async () => {
    const { onSelect, getByRole } = renderChart();
    const chart = getByRole('img');
    chart.focus();
    // The chart handles at most one key per animation frame.
    const nextFrame = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    await nextFrame();
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    await nextFrame();
    fireEvent.keyDown(chart, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith(rows[1]);
  });

  it('opens the row of a clicked bar, and the first row on Enter', () => {
    const { container, onSelect, getByRole } = renderChart();
    fireEvent.click(container.querySelectorAll('[data-bar-id] rect')[1]!);
    expect(onSelect).toHaveBeenLastCalledWith(rows[1]);
    fireEvent.keyDown(getByRole('img'), { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith(rows[0]);
  });
});
