import { Skeleton } from '../components/ui/Skeleton.tsx';

/**
 * Holds the space the view will take, so nothing jumps when the data arrives. It fills
 * the screen: what it pushes down (the footer) is out of sight when the view replaces it.
 */
export function ViewSkeleton() {
  return (
    <div className="min-h-screen space-y-3" aria-busy="true">
      <Skeleton className="h-7 w-64" label="Loading the data" />
      <Skeleton className="h-4 w-full max-w-xl" />
      {[0, 1, 2].map((i) => (
        <Skeleton key={i} className="h-32 w-full" />
      ))}
    </div>
  );
}
