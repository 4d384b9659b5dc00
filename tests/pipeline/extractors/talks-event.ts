// A talks event as the extractors would report it from one article, for refiner tests.
import type { TalksEvent } from '../../../src/schema/bundle.ts';

export function talksEvent(articleId: string, overrides: Partial<TalksEvent> = {}): TalksEvent {
  return {
    id: `event-${articleId}-${overrides.date ?? '2025-05-16'}`,
    origin: 'extracted',
    evidence: [{ articleId, start: 0, end: 5, quote: 'Talks' }],
    date: '2025-05-16',
    endDate: null,
    dateBasis: { kind: 'relative', phrase: 'on Friday', note: '' },
    kind: 'talks',
    title: 'Talks',
    place: 'Istanbul',
    participants: ['ukraine', 'russia'],
    status: 'held',
    ...overrides,
  };
}
