import { describe, expect, it } from 'vitest';
import type { Actor, BundleIndex, Position, Stance } from '../../schema/bundle.ts';
import { headline } from './headline.ts';
import { buildMatrix } from './matrix.ts';
import { moveOf } from './moves.ts';

const actor = (id: string, name: string, extra: Partial<Actor> = {}): Actor => ({ id, name, kind: 'state', party: null, role: null, voice: 'party', aliases: [], ...extra });
const ACTORS = [actor('kyiv', 'Kyiv'), actor('moscow', 'Moscow'), actor('pundit', 'Pundit', { kind: 'person', voice: 'commentary' }), actor('envoy', 'Envoy', { kind: 'person', party: 'kyiv' })];
let n = 0;
const position = (actorId: string, topic: string, stance: Stance, date: string, speaker?: string): Position => ({
  id: `p${n++}`,
  origin: 'extracted',
  evidence: [{ articleId: 'a', start: 0, end: 1, quote: 'x' }],
  actor: actorId,
  topic,
  stance,
  summary: '',
  date,
  ...(speaker ? { speaker } : {}),
});
const index = { actors: ACTORS } as unknown as BundleIndex;

describe(moveOf, () => {
  it('names the first stance, the last, and when the last began', () => {
    const history = [position('kyiv', 'ceasefire', 'against', '2022-01-01'), position('kyiv', 'ceasefire', 'conditional', '2025-05-01'), position('kyiv', 'ceasefire', 'conditional', '2025-06-01')];
    expect(moveOf(history)).toMatchObject({ from: 'against', to: 'conditional', since: { date: '2025-05-01' } });
  });

  it('sees no move when a cell ends where it began', () => {
    expect(moveOf([position('kyiv', 'ceasefire', 'for', '2022-01-01'), position('kyiv', 'ceasefire', 'against', '2023-01-01'), position('kyiv', 'ceasefire', 'for', '2024-01-01')])).toBeNull();
    expect(moveOf([])).toBeNull();
  });
});

describe(buildMatrix, () => {
  it("files a person's words under their party, keeps who spoke, and leaves commentary out", () => {
    const matrix = buildMatrix(index, [
      position('envoy', 'ceasefire', 'for', '2025-01-01'),
      position('kyiv', 'ukraine-joins-nato', 'for', '2025-01-02', 'envoy'),
      position('pundit', 'ceasefire', 'against', '2025-01-03'),
      position('moscow', 'ceasefire', 'against', '2025-01-03'),
    ]);
    expect(matrix.parties.map((column) => [column.actor.id, column.count, [...column.speakers]])).toEqual([
      ['kyiv', 2, [['envoy', 2]]],
      ['moscow', 1, []],
    ]);
    // The propositions keep the list's order, not the alphabet's.
    expect(matrix.propositions).toEqual(['ceasefire', 'ukraine-joins-nato']);
  });
});

describe(headline, () => {
  it.each([
    [[['kyiv', 'for'], ['moscow', 'against']], 'Kyiv and Moscow take opposite sides on the one proposition both have stated'],
    [[['kyiv', 'for'], ['kyiv', 'for', 'sanctions-on-russia'], ['moscow', 'for'], ['moscow', 'against', 'sanctions-on-russia']], 'Kyiv and Moscow take opposite sides on 1 of the 2 propositions both have stated'],
    [[['kyiv', 'for'], ['moscow', 'for']], 'Kyiv and Moscow state the same stance on the one proposition both have stated'],
    [[['kyiv', 'for'], ['kyiv', 'for', 'sanctions-on-russia'], ['moscow', 'against', 'sanctions-on-russia']], 'Kyiv and Moscow take opposite sides on the one proposition both have stated'],
    [[['kyiv', 'for']], "Kyiv's stated positions on 1 proposition"],
  ] as const)('%j → %s', (rows, expected) => {
    const positions = rows.map(([who, stance, topic]) => position(who, topic ?? 'ceasefire', stance as Stance, '2025-01-01'));
    expect(headline(buildMatrix(index, positions))).toBe(expected);
  });
});
