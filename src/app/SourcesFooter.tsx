import { memo, useMemo } from 'react';
import type { BundleIndex } from '../schema/bundle.ts';

// Memoised: the outlets only change with the data, not with every filter change.
export const SourcesFooter = memo(function SourcesFooter({ index }: { index: BundleIndex | undefined }) {
  const outlets = useMemo(() => (index ? [...new Set(index.articles.map((article) => article.outlet))].sort() : []), [index]);
  return (
    <footer className="mt-8 border-t border-slate-200 py-4 text-sm text-slate-600">
      <p>
        <span className="font-semibold">Sources: </span>
        {outlets.length > 0 ? outlets.join('; ') : 'the news articles listed in the Articles view'}.
      </p>
      <p className="mt-1">
        Figures are claims made by the parties or others and are shown with who made them; most are not independently
        verified. Every item links to the sentence it was read from.
      </p>
    </footer>
  );
});
