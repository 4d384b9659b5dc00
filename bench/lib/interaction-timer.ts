// Measures, inside the page, from a user event to the frame after it: the event's own
// timestamp, then requestAnimationFrame (the frame that shows the result), then a message
// task so the frame's style, layout and paint work is included.
import type { Page } from 'playwright-core';

// Kept as source text: functions compiled by tsx carry helper calls that do not exist in the page.
const ARM_TIMER = `(types) => {
  window.__benchPending = new Promise((resolve) => {
    const onEvent = (event) => {
      for (const type of types) window.removeEventListener(type, onEvent, true);
      const started = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - started);
        channel.port2.postMessage(null);
      });
    };
    // Capture on window runs before the app's own handlers, so their work is inside the measurement.
    for (const type of types) window.addEventListener(type, onEvent, true);
  });
}`;

/** Arms the timer for the next event of `types`, runs `act`, and returns the event-to-next-frame time. */
export async function timeInteraction(page: Page, types: string[], act: () => Promise<void>): Promise<number> {
  await page.evaluate(`(${ARM_TIMER})(${JSON.stringify(types)})`);
  await act();
  return (await page.evaluate('window.__benchPending')) as number;
}
