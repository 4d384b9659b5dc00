// Typing into the From and To fields the way Chromium reports it. Chromium's date field is
// split into month, day and year parts (in the order of the locale, month first in en-US) and
// reports nothing until every part holds something; then each keystroke in the year reports a
// whole value: typing 2025 gives 0002-05-01, 0020-05-01, 0202-05-01, 2025-05-01. A part
// emptied with Backspace reports '' with `validity.badInput` set. jsdom has no such parts, so
// `chromiumReports` replays those values as input events on the real field.
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';

function chromiumReports(input: HTMLInputElement, value: string, badInput = false) {
  Object.defineProperty(input, 'validity', { configurable: true, get: () => ({ badInput, valid: !badInput }) });
  fireEvent.input(input, { target: { value } });
}

const from = () => screen.getByLabelText<HTMLInputElement>('From');
const linkFrom = () => new URLSearchParams(window.location.search).get('from');

describe('typing a date', () => {
  it('keeps a date typed month first, year digit by digit, and applies it once the year is whole', async () => {
    renderApp({ url: '/?view=articles' });
    await screen.findByRole('list', { name: 'Articles' });
    for (const typed of ['0002-05-01', '0020-05-01', '0202-05-01']) {
      chromiumReports(from(), typed);
      expect(from().value).toBe(typed);
      expect(linkFrom()).toBeNull();
    }
    chromiumReports(from(), '2025-05-01');
    expect(from().value).toBe('2025-05-01');
    expect(linkFrom()).toBe('2025-05-01');
  });

  it('keeps the filter while the year of a set date is retyped, then applies the new year', async () => {
    renderApp({ url: '/?view=articles&from=2025-05-16' });
    await screen.findByRole('list', { name: 'Articles' });
    expect(from().value).toBe('2025-05-16');
    chromiumReports(from(), '', true); // Backspace in the year part
    expect(linkFrom()).toBe('2025-05-16');
    for (const typed of ['0002-05-16', '0020-05-16', '0202-05-16']) {
      chromiumReports(from(), typed);
      expect(from().value).toBe(typed);
      expect(linkFrom()).toBe('2025-05-16');
    }
    chromiumReports(from(), '2022-05-16');
    expect(linkFrom()).toBe('2022-05-16');
  });

  it('shows the date in use again when the field is left half typed', async () => {
    const { user } = renderApp({ url: '/?view=articles&from=2025-05-16' });
    await screen.findByRole('list', { name: 'Articles' });
    await user.click(from());
    chromiumReports(from(), '0020-05-16');
    await user.tab();
    expect(from().value).toBe('2025-05-16');
    expect(linkFrom()).toBe('2025-05-16');
  });

  it('takes a whole date typed in one go and clears the filter when the field is emptied', async () => {
    const { user } = renderApp({ url: '/?view=articles' });
    await screen.findByRole('list', { name: 'Articles' });
    await user.type(from(), '2025-05-12');
    expect(linkFrom()).toBe('2025-05-12');
    await user.clear(from());
    expect(from().value).toBe('');
    expect(linkFrom()).toBeNull();
  });
});
