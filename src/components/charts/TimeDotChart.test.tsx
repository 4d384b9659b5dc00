import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TimeDotChart } from './TimeDotChart.tsx';

const rows = [
  { date: '2022-03-29', value: 17200, who: 'army', label: 'Army: 17,200 (not independently verified) — 29 Mar 2022', checked: false },
  { date: '2022-04-12', value: 19800, who: 'army', label: 'Army: 19,800 (not independently verified) — 12 Apr 2022', checked: false },
  { date: '2022-04-01', value: 1351, who: 'ministry', label: 'Ministry: 1,351 (independently verified) — 1 Apr 2022', checked: true },
];

function renderChart(onSelect = vi.fn()) {
  const view = render(
    <TimeDotChart
      data={rows}
      index="date"
      categories={['value']}
      labelKey="label"
      seriesOf={(row) => row.who}
      colorOf={(row) => (row.who === 'army' ? 'blue' : 'green')}
      isHatched={(row) => !row.checked}
      ariaLabel="Killed over time"
      onSelect={onSelect}
    />,
  );
  return { ...view, onSelect };
}

describe(TimeDotChart, () => {
  it('places one dot per row in date order, hatched where unverified', () => {
    const { container } = renderChart();
    const dots = [...container.querySelectorAll<SVGGElement>('g[data-point-date]')];
    expect(dots).toHaveLength(3);
    const byDate = Object.fromEntries(dots.map((dot) => [dot.dataset.pointDate, dot.querySelector('circle')!]));
    const x = (date: string) => Number(byDate[date]!.getAttribute('cx'));
    expect(x('2022-03-29')).toBeLessThan(x('2022-04-01'));
    expect(x('2022-04-01')).toBeLessThan(x('2022-04-12'));
    expect(byDate['2022-03-29']!.getAttribute('fill')).toMatch(/^url\(#.+-hatch-blue\)$/);
    expect(byDate['2022-04-01']!.getAttribute('fill')).toBe('#009E73');
    expect(screen.getByRole('img', { name: 'Killed over time' })).toBeInTheDocument();
  });

  it('opens the clicked point', () => {
    const { container, onSelect } = renderChart();
    fireEvent.click(container.querySelector('[data-point-date="2022-04-12"] circle')!);
    expect(onSelect).toHaveBeenCalledWith(rows[1]);
  });

  it('steps through the dots in date order with the arrow keys, reading each, and opens one with Enter', () => {
    const { onSelect, getByRole, getByText, container } = renderChart();
    const chart = getByRole('img', { name: 'Killed over time' });
    expect(chart).toHaveAttribute('tabindex', '0');
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    expect(getByText('Army: 17,200 (not independently verified) — 29 Mar 2022 (1 of 3)')).toBeInTheDocument();
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    expect(getByText('Ministry: 1,351 (independently verified) — 1 Apr 2022 (2 of 3)')).toBeInTheDocument();
    expect(container.querySelector('[data-point-date="2022-04-01"]')!.querySelectorAll('circle')).toHaveLength(2);
    fireEvent.keyDown(chart, { key: 'End' });
    fireEvent.keyDown(chart, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith(rows[1]);
  });
});
