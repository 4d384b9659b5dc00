// The seed articles cut roughly into sentences: real news prose for checks that must hold
// on every sentence, without running the pipeline's own splitter.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function seedSentences(): string[] {
  const dir = path.join(import.meta.dirname, '../../../seeds');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .flatMap((file) => readFileSync(path.join(dir, file), 'utf8').split(/(?<=[.!?])\s+|\n+/));
}
