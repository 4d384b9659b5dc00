// Writes the bundle's JSON Schema to docs/bundle.schema.json, for anyone reading the
// bundle without TypeScript. `npm run schema` regenerates it; a test keeps it current.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { Bundle, SCHEMA_VERSION } from '../src/schema/bundle.ts';

export const SCHEMA_FILE = path.join('docs', 'bundle.schema.json');

export function bundleJsonSchemaText(): string {
  const schema = {
    ...z.toJSONSchema(Bundle, { target: 'draft-2020-12' }),
    title: `Peace Talks Tracker bundle, schema version ${SCHEMA_VERSION}`,
    description: 'Generated from src/schema/bundle.ts by `npm run schema`; do not edit by hand.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SCHEMA_FILE, bundleJsonSchemaText());
  process.stderr.write(`Wrote ${SCHEMA_FILE}\n`);
}
