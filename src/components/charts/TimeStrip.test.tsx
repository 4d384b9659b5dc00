import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TimeStrip } from './TimeStrip.tsx';

const props = {
  title: 'Items over time',
  description: 'Bars count items per day.',
  width: 640,
  domain: [0, 99] as const,
  counts: [{ day: 10, marked: 1, other: 2 }, { day: 80, marked: 0, other: 1 }],
  bands: [{ start: 5, end: 20, label: 'First' }],
  notes: [{ start: 21, end: 70, label: 'A long pause' }],
  formatDay: (day: number) => `day ${day}`,
};

describe(TimeStrip, () => {
  it('draws the bars as a few paths and names the drawing', () => {
    const { container } = render(<TimeStrip {...props} selection={[null, null]} onSelect={() => {}} />);
    expect(screen.getByRole('img')).toHaveAccessibleName('Items over time Bars count items per day.');
    expect(container.querySelectorAll('path')).toHaveLength(3);
    expect(screen.getByRole('img')).toHaveTextContent('A long pause');
  });

  it('drags one end when a handle is pressed, leaving the other where it was', () => {
    const onSelect = vi.fn();
    render(<TimeStrip {...props} selection={[20, 60]} onSelect={onSelect} />);
    const end = screen.getByRole('slider', { name: 'End of the date range' });
    fireEvent.pointerDown(end, { clientX: 400, button: 0, pointerId: 1 });
    fireEvent.pointerMove(end, { clientX: 500, pointerId: 1 });
    fireEvent.pointerUp(end, { clientX: 500, pointerId: 1 });
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('time-strip-range')).toHaveTextContent(/^Chosen: day 20 – day \d+$/);
    const [from, to] = onSelect.mock.calls[0]!;
    expect(from).toBe(20);
    expect(to).toBeGreaterThan(60);
  });

  it('keeps the start handle from passing the end one', () => {
    const onSelect = vi.fn();
    render(<TimeStrip {...props} selection={[20, 30]} onSelect={onSelect} />);
    const start = screen.getByRole('slider', { name: 'Start of the date range' });
    fireEvent.keyDown(start, { key: 'PageUp' });
    fireEvent.keyUp(start, { key: 'PageUp' });
    expect(onSelect).toHaveBeenCalledWith(30, 30);
  });
});
