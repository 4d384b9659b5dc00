// JSON.parse that reports where the syntax breaks as line and column.
import { InputError, lineAndColumn } from '../errors.ts';

export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    const { line, column } = lineAndColumn(text, offset);
    const reason = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/^Unexpected end of JSON input$/, 'unexpected end of input');
    throw new InputError(file, `not valid JSON: ${reason} at column ${column}`, { line, offset });
  }
}
