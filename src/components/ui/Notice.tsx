// A polite message the reader can dismiss: read out by screen readers without interrupting.
import type { ReactNode } from 'react';
import { Button } from './Button.tsx';

export function Notice({ title, children, onDismiss }: { title: string; children: ReactNode; onDismiss: () => void }) {
  return (
    <div role="status" aria-live="polite" className="flex items-start gap-3 rounded border border-oi-orange bg-amber-50 p-3 text-sm">
      <div className="min-w-0 flex-1">
        <p className="font-semibold">{title}</p>
        <div className="mt-1 break-words">{children}</div>
      </div>
      <Button size="sm" onClick={onDismiss} aria-label={`Dismiss: ${title}`}>
        Dismiss
      </Button>
    </div>
  );
}
