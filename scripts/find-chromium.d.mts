/** Returns the path of a Chromium or Chrome binary, installing Debian's package when allowed. */
export function findChromium(): string;
