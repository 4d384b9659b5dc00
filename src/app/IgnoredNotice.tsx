// Tells the reader which parts of the link they followed could not be used, and why.
import { Notice } from '../components/ui/Notice.tsx';
import type { IgnoredParam } from '../lib/url-state.ts';

const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

export function IgnoredNotice({ ignored, onDismiss }: { ignored: IgnoredParam[]; onDismiss: () => void }) {
  return (
    <Notice title="Part of this link was ignored" onDismiss={onDismiss}>
      <ul className="list-disc pl-5">
        {ignored.map((entry, i) => (
          <li key={i}>
            <code className="rounded bg-white px-1">{shorten(entry.param ? `${entry.param}=${entry.raw}` : entry.raw)}</code>: {entry.reason}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
