// Copies the page's address (which holds the whole view, down to the highlighted sentence)
// and says whether it worked.
import { useState } from 'react';
import { copyText } from './copy-link.ts';

export function CopyLinkButton({ label = 'Copy link', className = '' }: { label?: string; className?: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    setStatus((await copyText(window.location.href)) ? 'Link copied' : 'Could not copy: select the address bar and copy it.');
  };
  return (
    <span className={`inline-flex items-center gap-2 ${className}`}>
      <button
        type="button"
        onClick={() => void copy()}
        className="rounded border border-gray-300 bg-white px-2 py-1 text-sm text-gray-900 hover:bg-gray-100"
      >
        {label}
      </button>
      <span role="status" className="text-sm text-gray-700">
        {status}
      </span>
    </span>
  );
}
