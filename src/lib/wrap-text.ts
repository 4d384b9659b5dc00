// SVG text does not wrap. Breaks a label (a chart label, an exported image's title or
// footer) into lines of at most `maxChars` at spaces, so long attributed sentences stay whole.
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current && current.length + 1 + word.length > maxChars) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/** Roughly how many characters of 12 px text fit in `width` pixels. */
export const charsThatFit = (width: number) => Math.max(16, Math.floor(width / 6.6));
