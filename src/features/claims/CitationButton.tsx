// Copies one claim's citation and says, beside the button, whether it worked.
import { useState } from 'react';
import { copyText } from '../../lib/export/copy-link.ts';

export function CitationButton({ text, name }: { text: () => string; name: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => setStatus((await copyText(text())) ? 'Citation copied' : 'Could not copy the citation');
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <button
        type="button"
        className="rounded border border-gray-300 px-2 py-0.5 text-blue-800 underline hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-blue-700"
        onClick={() => void copy()}
        aria-label={`Copy citation: ${name}`}
      >
        Copy citation
      </button>
      <span role="status" className="text-xs text-gray-700">
        {status}
      </span>
    </span>
  );
}
