import { Button } from '../components/ui/Button.tsx';
import type { ViewProps } from '../lib/view-props.ts';
import { useViewModule } from './view-modules.ts';
import { ViewReadyMark } from './ViewReadyMark.tsx';
import { ViewSkeleton } from './ViewSkeleton.tsx';

/**
 * `loaded` is whether the view's chunk had arrived when the page last drew: passed in so this
 * memoised part draws the view in the same pass as the page draws the view's filter panel,
 * never the panel above a stand-in that the view then replaces.
 */
export function MainView({ loaded: _loaded, ...props }: ViewProps & { loaded: boolean }) {
  const { module: View, failed, retry } = useViewModule(props.view.view);
  if (failed) {
    return (
      <div role="alert" className="rounded border border-amber-300 bg-amber-50 p-4">
        <p>This view could not be loaded. The other views still work.</p>
        <Button className="mt-2" onClick={retry}>
          Retry
        </Button>
      </div>
    );
  }
  if (!View) return <ViewSkeleton />;
  return (
    <>
      <View {...props} />
      <ViewReadyMark view={props.view.view} />
    </>
  );
}
