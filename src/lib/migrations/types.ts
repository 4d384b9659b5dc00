// A rewrite of old shared links into the current format. Links are a public API: to rename or
// retire a value, append a dated entry with its reason; never edit an old one.
export interface LinkMigration {
  date: string;
  reason: string;
  /** Returns the rewritten params and, in words, what it changed (shown to the reader). */
  migrate: (params: URLSearchParams) => { params: URLSearchParams; changed: string[] };
}
