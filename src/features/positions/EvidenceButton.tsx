// "Show source" for one statement: opens the article reader on the sentence it came from.
import { Button } from '../../components/ui/Button.tsx';
import { openEvidence } from '../../lib/open-evidence.ts';
import type { ViewState } from '../../lib/view-state.ts';
import type { Position } from '../../schema/bundle.ts';

export function EvidenceButton({ position, setView, what }: { position: Position; setView: (patch: Partial<ViewState>) => void; what: string }) {
  const evidence = position.evidence[0];
  if (!evidence) return null;
  return (
    <Button size="sm" look="link" aria-label={`Show source: ${what}`} onClick={() => openEvidence(setView, position.id, evidence.articleId)}>
      Show source
    </Button>
  );
}
