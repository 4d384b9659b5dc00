// Runs the real CLI in a child process, as `npm run data -- --in … --out …` would.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../../..');
const CLI = path.join(REPO, 'src', 'pipeline', 'cli.ts');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** One process (node with tsx's loader), so a signal reaches the process doing the writing. */
export function startCli(inDir: string, outFile: string, nodeArgs: string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeArgs, '--import', 'tsx', CLI, '--in', inDir, '--out', outFile], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function runCli(inDir: string, outFile: string, nodeArgs: string[] = []): Promise<CliResult> {
  return finished(startCli(inDir, outFile, nodeArgs));
}

export function finished(child: ChildProcess): Promise<CliResult> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.resume();
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
}

export function tempDir(label: string): string {
  return mkdtempSync(path.join(tmpdir(), `ptt-${label}-`));
}

/** A previous output (bundle.json + split copy) whose bytes a failed run must not change. */
export function writePreviousOutput(outFile: string): void {
  const splitDir = outFile.replace(/\.json$/, '');
  mkdirSync(path.join(splitDir, 'articles'), { recursive: true });
  writeFileSync(outFile, '{"previous":"bundle"}\n');
  writeFileSync(path.join(splitDir, 'index.json'), '{"previous":"index"}\n');
  writeFileSync(path.join(splitDir, 'articles', 'old.json'), '{"previous":"article"}\n');
}

/** Hash of every file under the output folder, by relative path. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (current: string) => {
    if (!existsSync(current)) return;
    for (const name of readdirSync(current)) {
      const full = path.join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return files;
}
