// "…," the head of the Russian delegation stated: the person the story named as leading that
// side's delegation. Tried before the speaker-after rule, which would read "Russian" as Russia.
import type { QuoteRule } from './types.ts';
import { lastHolder } from './role-noun.ts';

const HEAD = /^[\s,]*the\s+(?:head|chief|leader)\s+of\s+the\s+(?:(\p{Lu}\p{L}+)\s+)?delegation\s+(?:also\s+)?(?:said|says|added|stated|told|noted|stressed|continued|concluded|emphasi[sz]ed|insisted|declared)\b/u;
/** The side an adjective names; an adjective not listed here leaves the side open. */
const SIDE: Record<string, string> = { Russian: 'russia', Ukrainian: 'ukraine', Turkish: 'turkey', American: 'united-states', US: 'united-states' };

export const delegationHead: QuoteRule = {
  id: 'quote/delegation-head',
  speaker: (site) => {
    const m = HEAD.exec(site.ctx.text.slice(site.passage.outer.end, site.passage.outer.end + 90));
    if (!m) return null;
    return lastHolder(site, 'delegation', site.passage.outer.end, m[1] ? SIDE[m[1]] : undefined);
  },
};
