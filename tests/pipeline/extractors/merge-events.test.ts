// The same event told by several reports is one event; two events in one city on one day
// are not merged merely for sharing it.
import { describe, expect, it } from 'vitest';
import { mergeEvents } from '../../../src/pipeline/refiners/merge-events.ts';
import { extractEvents } from '../../../src/pipeline/extractors/events.ts';
import { makeContext } from './make-context.ts';
import { talksEvent } from './talks-event.ts';
import { rulesOf } from '../../../src/pipeline/trace.ts';

describe(mergeEvents, () => {
  it('an event naming neither place nor sides joins the one reported that day ("their earlier round on that day")', () => {
    const merged = mergeEvents([talksEvent('a'), talksEvent('b', { id: 'bare', kind: 'meeting', place: null, participants: [] })]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.evidence.map((e) => e.articleId).sort()).toEqual(['a', 'b']);
  });

  it('talks one report calls "the meeting" stay talks', () => {
    const merged = mergeEvents([talksEvent('a', { kind: 'meeting', dateBasis: { kind: 'explicit', phrase: 'May 16', note: '' } }), talksEvent('b')]);
    expect(merged.map((e) => [e.kind, e.title])).toEqual([['talks', 'Talks between Ukraine and Russia in Istanbul']]);
  });

  it('one article telling of the same kind of event twice on a day tells of one', () => {
    const merged = mergeEvents([
      talksEvent('a', { kind: 'prisoner-exchange', participants: ['ukraine'], place: null }),
      talksEvent('a', { id: 'second', kind: 'prisoner-exchange', participants: [], place: 'Istanbul' }),
    ]);
    expect(merged).toHaveLength(1);
  });

  it('keeps apart two statements of one day when one names no speaker', () => {
    const statement = (id: string, participants: string[]) => talksEvent('a', { id, kind: 'statement', place: null, participants, status: 'issued' });
    expect(mergeEvents([statement('one', ['dmitry-peskov']), statement('two', [])])).toHaveLength(2);
  });

  it('joins "Start of the war" told by two articles, whoever each names', () => {
    const start = (article: string, participants: string[]) =>
      talksEvent(article, { id: `war-${article}`, kind: 'other', date: '2022-02-24', place: null, participants, title: 'Start of the war' });
    expect(mergeEvents([start('a', ['russia', 'ukraine']), start('b', [])])).toHaveLength(1);
  });

  it('keeps apart two meetings in one city on one day whose sides share no one', () => {
    const merged = mergeEvents([
      talksEvent('a', { kind: 'meeting', place: 'Antalya', participants: ['nato'] }),
      talksEvent('a', { id: 'sidelines', kind: 'meeting', place: 'Antalya', participants: ['andrii-sybiha', 'marco-rubio'] }),
    ]);
    expect(merged).toHaveLength(2);
  });
});

describe('who met', () => {
  it('a meeting "of" a body is that body\'s, not the sides of the war named beside it', () => {
    const [meeting] = extractEvents(
      makeContext('Talk of the Russia-Ukraine negotiations dominated the meeting of NATO foreign ministers in Antalya on Wednesday.', '2025-05-15'),
    );
    expect(meeting).toMatchObject({ kind: 'meeting', participants: ['nato'], place: 'Antalya' });
  });

  it('"between A and B" names the sides of the event word it follows, not of another', () => {
    const [meeting] = extractEvents(
      makeContext('European diplomats are gathering in Antalya on Thursday as hopes fade for talks between Ukraine and Russia.', '2025-05-14'),
    );
    expect(meeting!.participants).not.toContain('russia');
  });

  it('no day from "a few days ago", and no new talks from talks an agreement was reached at', () => {
    expect(extractEvents(makeContext('Several days ago, envoys raised the issue at a meeting of the assembly.', '2025-05-15'))).toEqual([]);
    expect(extractEvents(makeContext('The sides will hand over 500 people each under terms struck at talks in Geneva.', '2025-05-23'))).toEqual([]);
  });
});

describe('rule traces', () => {
  it('every extracted event names the rules that made it, and a merged one adds the merge', () => {
    const events = extractEvents(makeContext('Ukraine and Russia held talks in Istanbul on Monday. Sergei Lavrov said on Tuesday the talks had failed.', '2025-06-11'));
    expect(events.every((e) => rulesOf(e).length > 0)).toBe(true);
    const merged = mergeEvents([...events, ...extractEvents(makeContext('Russia and Ukraine met in Istanbul on Monday.', '2025-06-10', 'other-article'))]);
    expect(rulesOf(merged.find((e) => e.kind === 'talks')!)).toContain('refiners/merge-events');
  });
});
