import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleJsonSchemaText, SCHEMA_FILE } from '../../../scripts/emit-json-schema.ts';

describe('docs/bundle.schema.json', () => {
  it('matches the zod schema (run `npm run schema` after changing src/schema/bundle.ts)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(bundleJsonSchemaText());
  });

  it('describes evidence with its offsets and quote', () => {
    const schema = JSON.parse(bundleJsonSchemaText());
    const evidence = schema.properties.events.items.properties.evidence.items;
    expect(evidence.required).toEqual(['articleId', 'start', 'end', 'quote']);
  });
});
