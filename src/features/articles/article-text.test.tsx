// How the reader draws an article's text: citation marks in the flow, a selected item as one piece.
import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { ArticleText } from './ArticleText.tsx';
import type { ArticleItem } from './article-items.ts';
import { sentenceAround } from './sentence-around.ts';

const BANNER = 'Subscribe to our newsletter\n';
const SENTENCE = 'The mayor said the ferry from Izmir to Odesa was cancelled[2][3].';
const TEXT = `${BANNER}${SENTENCE} Talks went on.\n`;
const at = (part: string, from = 0) => ({ start: TEXT.indexOf(part, from), end: TEXT.indexOf(part, from) + part.length });

const items: ArticleItem[] = [
  { id: 'ev1', kind: 'event', label: 'Ferry cancelled', spans: [at('the ferry from Izmir to Odesa was cancelled')] },
  { id: 'mention:izmir', kind: 'mention', label: 'Izmir', spans: [at('Izmir')] },
  { id: 'mention:odesa', kind: 'mention', label: 'Odesa', spans: [at('Odesa')] },
];
const boilerplate = [at(BANNER.trim()), at('[2][3]')];

function draw(focusId: string | null) {
  const span = items.find((item) => item.id === focusId)?.spans[0];
  return render(
    <ArticleText
      text={TEXT}
      boilerplate={boilerplate}
      items={items}
      focusId={focusId}
      focusSentence={span ? sentenceAround(TEXT, span.start, span.end) : null}
      focusRef={createRef()}
    />,
  );
}

describe(ArticleText, () => {
  it('shows citation marks inside the sentence, muted, and keeps whole-line furniture in a box', () => {
    const { container } = draw(null);
    const notes = screen.getAllByRole('note', { name: 'Site boilerplate (not analysed)' });
    expect(notes.map((note) => note.textContent)).toEqual(['Site boilerplate (not analysed)Subscribe to our newsletter']);
    const mark = container.querySelector('[data-boilerplate="inline"]')!;
    expect(mark).toHaveTextContent('[2][3]');
    expect(mark.className).toContain('text-gray-500');
    // The sentence reads on through the marks to its full stop, in one run of text.
    expect(mark.parentElement!.textContent).toContain(`${SENTENCE} Talks went on.`);
  });

  it('highlights the selected item as one span, however many mentions cut it', () => {
    const { container } = draw('ev1');
    const focused = container.querySelectorAll('mark[data-focused]');
    expect(focused).toHaveLength(1);
    expect(focused[0]).toHaveTextContent('the ferry from Izmir to Odesa was cancelled');
    // The mentions are still marked, inside it.
    expect([...focused[0]!.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(
      expect.arrayContaining(['Izmir', 'Odesa']),
    );
    const sentence = container.querySelectorAll('[data-focus-sentence]');
    expect(sentence).toHaveLength(1);
    expect(sentence[0]).toHaveTextContent(SENTENCE);
  });
});
