/** Returns the path of a Chromium or Chrome binary, installing Debian's package when allowed. */
export function findChromium(): string;

/** Flags for headless Chromium with no network but the page's own origin. */
export const CHROMIUM_ARGS: string[];
