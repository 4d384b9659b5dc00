// The claims that disagree, in attributed words, each with the sentences behind it: listed,
// never resolved. Claimants who differ and articles that report one claim differently alike.
import type { Disagreement } from '../../schema/bundle.ts';
import { formatDate } from '../../lib/labels.ts';
import { rowLabel, type ClaimRow } from './claim-rows.ts';

const KIND_WORDS: Record<Disagreement['kind'], string> = {
  'claim-figures': 'Claimants give different figures',
  'claim-reports': 'Articles report one claim differently',
  'event-date': 'Articles give different dates',
  'event-place': 'Articles give different places',
};

interface DisagreementListProps {
  disagreements: readonly Disagreement[];
  rowsById: ReadonlyMap<string, ClaimRow>;
  onShowSentence: (row: ClaimRow) => void;
}

export function DisagreementList({ disagreements, rowsById, onShowSentence }: DisagreementListProps) {
  if (disagreements.length === 0) return <p className="text-sm">No claims in view disagree.</p>;
  return (
    <ul aria-label="Disagreements" className="flex flex-col gap-2">
      {disagreements.map((disagreement) => (
        <li key={disagreement.id} data-disagreement-id={disagreement.id} className="rounded border border-amber-700 bg-amber-50 p-2 text-sm">
          <p>
            <strong>{KIND_WORDS[disagreement.kind]}</strong>
            {disagreement.from !== disagreement.to
              ? ` (${formatDate(disagreement.from)} to ${formatDate(disagreement.to)})`
              : ` (${formatDate(disagreement.from)})`}
            : {disagreement.summary}
          </p>
          <ul className="mt-1 flex flex-col gap-1">
            {disagreement.items.map((id) => {
              const row = rowsById.get(id);
              if (!row) return null;
              return (
                <li key={id}>
                  <button type="button" className="text-left text-blue-800 underline focus-visible:outline-2 focus-visible:outline-blue-700" onClick={() => onShowSentence(row)}>
                    Show sentence: {rowLabel(row)} ({row.outlet || row.articleTitle})
                  </button>
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}
