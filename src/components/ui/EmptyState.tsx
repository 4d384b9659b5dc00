import type { ReactNode } from 'react';
import { Button } from './Button.tsx';

/** Says why a view is empty and offers the way out. */
export function EmptyState({ message, actionLabel, onAction }: { message: ReactNode; actionLabel?: string; onAction?: () => void }) {
  return (
    <div className="flex flex-wrap items-center gap-3 rounded border border-dashed border-slate-300 p-6 text-slate-700">
      <p>{message}</p>
      {actionLabel && onAction && (
        <Button look="primary" onClick={onAction}>
          {actionLabel}
        </Button>
      )}
    </div>
  );
}
