import { ArticlesView } from '../features/articles/index.ts';
import { ClaimsView } from '../features/claims/index.ts';
import { PositionsView } from '../features/positions/index.ts';
import { TimelineView } from '../features/timeline/index.ts';
import type { ViewProps } from '../lib/view-props.ts';
import { ViewReadyMark } from './ViewReadyMark.tsx';

const VIEWS = {
  timeline: TimelineView,
  positions: PositionsView,
  claims: ClaimsView,
  articles: ArticlesView,
} as const;

export function MainView(props: ViewProps) {
  const View = VIEWS[props.view.view];
  return (
    <>
      <View {...props} />
      <ViewReadyMark view={props.view.view} />
    </>
  );
}
