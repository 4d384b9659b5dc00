// Grey blocks of the same height as what will replace them, so the page does not jump.
export function Skeleton({ className = '', label }: { className?: string; label?: string }) {
  return (
    <div
      className={`animate-pulse rounded bg-slate-200 motion-reduce:animate-none ${className}`}
      aria-hidden={label ? undefined : true}
      role={label ? 'status' : undefined}
      aria-label={label}
    />
  );
}
