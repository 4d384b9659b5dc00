// Problems with the input a person can fix: each names the file, says what is wrong
// and, where it can, points at the line and offset. The CLI prints them all at once.

export interface Position {
  line?: number;
  offset?: number;
}

export class InputError extends Error {
  readonly file: string;
  readonly problem: string;
  readonly line?: number;
  readonly offset?: number;

  constructor(file: string, problem: string, where: Position = {}) {
    super(formatProblem(file, problem, where));
    this.name = 'InputError';
    this.file = file;
    this.problem = problem;
    this.line = where.line;
    this.offset = where.offset;
  }
}

/** Several input problems found in one pass, so a person can fix them together. */
export class InputErrors extends Error {
  readonly problems: InputError[];

  constructor(problems: InputError[]) {
    super(problems.map((problem) => problem.message).join('\n'));
    this.name = 'InputErrors';
    this.problems = problems;
  }
}

/** `FILE: problem (line L / offset O)`, leaving out what is not known. */
export function formatProblem(file: string, problem: string, { line, offset }: Position = {}): string {
  const where = [line !== undefined ? `line ${line}` : null, offset !== undefined ? `offset ${offset}` : null]
    .filter(Boolean)
    .join(' / ');
  return where ? `${file}: ${problem} (${where})` : `${file}: ${problem}`;
}

/** 1-based line of a character offset in a string. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** 1-based line and column of a character offset, for JSON syntax errors. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: lineAt(text, offset), column: offset - lastBreak };
}
