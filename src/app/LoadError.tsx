import { Button } from '../components/ui/Button.tsx';

/** What went wrong loading the data, in words, and a way to try again. */
export function LoadError({ error, onRetry, retrying }: { error: Error; onRetry: () => void; retrying: boolean }) {
  return (
    <div role="alert" className="rounded border border-oi-vermillion bg-orange-50 p-4">
      <h2 className="font-semibold">The data could not be loaded</h2>
      <p className="mt-1 break-words text-sm">{error.message}</p>
      <Button look="primary" className="mt-3" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </Button>
    </div>
  );
}
