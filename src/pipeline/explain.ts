// `npm run data -- --explain ITEM_ID`: why the bundle says what it says about one item —
// the item, the sentence(s) its evidence sits in, and the ids of the rules that made it.
import type { Article, Bundle, Evidence } from '../schema/bundle.ts';
import { languageFor } from './language/index.ts';
import { splitSentences } from './sentences.ts';

const ITEM_LISTS = ['events', 'positions', 'claims', 'quotes'] as const;
const NO_TRACE = 'no rule trace recorded';

/** The lines to print, or null when no item has this id. */
export function explainItem(bundle: Bundle, rules: ReadonlyMap<string, readonly string[]>, id: string): string[] | null {
  for (const list of ITEM_LISTS) {
    const item = (bundle[list] as { id: string; evidence: Evidence[] }[]).find((candidate) => candidate.id === id);
    if (!item) continue;
    const { evidence, id: _id, ...fields } = item;
    const articles = new Map(bundle.articles.map((article) => [article.id, article]));
    const trace = rules.get(id) ?? [];
    return [
      `${list.replace(/s$/, '')} ${id}`,
      ...Object.entries(fields).map(([key, value]) => `  ${key}: ${JSON.stringify(value)}`),
      'evidence:',
      ...evidence.flatMap((span) => evidenceLines(span, articles.get(span.articleId))),
      trace.length > 0 ? `rules: ${trace.join(' → ')}` : `rules: ${NO_TRACE}`,
    ];
  }
  const disagreement = bundle.disagreements.find((candidate) => candidate.id === id);
  if (disagreement) {
    return [
      `disagreement ${id} (${disagreement.kind})`,
      `  ${disagreement.summary}`,
      `  between: ${disagreement.items.join(', ')} (explain each with --explain)`,
      `rules: ${rules.get(id)?.join(' → ') ?? NO_TRACE}`,
    ];
  }
  return null;
}

function evidenceLines(span: Evidence, article: Article | undefined): string[] {
  const head = `  ${span.articleId} [${span.start}, ${span.end}): "${span.quote}"`;
  const language = article ? languageFor(article.language) : null;
  if (!article || !language) return [head];
  const sentences = splitSentences(article.text, article.boilerplate, language.sentences).filter(
    (sentence) => sentence.start < Math.max(span.end, span.start + 1) && sentence.end > span.start,
  );
  const whole = sentences.length === 1 && sentences[0]!.start === span.start && sentences[0]!.end === span.end;
  if (whole) return [head];
  return [head, ...sentences.map((sentence) => `    in the sentence: "${sentence.text.replace(/\s+/g, ' ').trim()}"`)];
}
