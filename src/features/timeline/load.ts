// The timeline's code, fetched beside the events it draws: the view, and the overview strip's
// drawing at the same moment rather than once the view has arrived.
import type { TimelineView } from './TimelineView.tsx';

export function loadTimelineView(): Promise<typeof TimelineView> {
  import('./StripDrawing.tsx').catch(() => {});
  return import('./TimelineView.tsx').then((module) => module.TimelineView);
}
