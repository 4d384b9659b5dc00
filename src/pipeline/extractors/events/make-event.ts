// One event built by a rule, with its evidence, id and title, and the rule's id in its trace.
import type { EventKind, EventStatus, TalksEvent } from '../../../schema/bundle.ts';
import { traced } from '../../trace.ts';
import type { ArticleContext, Sentence } from '../../context.ts';
import type { ResolvedDate } from '../../reading/dates.ts';
import { eventTitle } from '../event-title.ts';
import { sentenceEvidence } from '../evidence.ts';
import { itemId } from '../ids.ts';

export interface RuleEvent {
  kind: EventKind;
  date: ResolvedDate;
  participants: string[];
  status: EventStatus;
  place?: string | null;
  /** A title word for kinds that do not name themselves ("Start of the war", "Reported strike"). */
  label?: string;
}

export function makeEvent(ctx: ArticleContext, sentence: Sentence, rule: string, event: RuleEvent): TalksEvent {
  const place = event.place ?? null;
  return traced(
    {
      id: itemId('event', ctx.articleId, sentence.start, event.kind, event.date.date),
      origin: 'extracted' as const,
      evidence: [sentenceEvidence(ctx, sentence)],
      date: event.date.date,
      endDate: event.date.endDate,
      dateBasis: event.date.basis,
      kind: event.kind,
      title: eventTitle(event.kind, event.participants, place, ctx.actors, event.label),
      place,
      participants: event.participants,
      status: event.status,
    },
    rule,
  );
}
