// Runs a command as a child process under GNU time, for its wall time and peak memory
// (maximum resident set size), so the figures include everything the command loads.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface ProcessMeasurement {
  wallMs: number;
  maxRssBytes: number | null;
  /** User + system CPU time of the command and its children. */
  cpuMs: number | null;
  /** The kernel's part of `cpuMs`: for the pipeline, mostly reading, writing and linking files. */
  systemMs: number | null;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

/** Long enough for 10,000 articles at a slow pace; a hung or pathological run must not stall the whole bench. */
const DEFAULT_TIMEOUT_MS = 8 * 60_000;

/** Runs `command args` to completion; rejects with its output if it exits non-zero or runs past `timeoutMs`. */
export function measureProcess(command: string, args: readonly string[], cwd: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<ProcessMeasurement> {
  const timed = existsSync(GNU_TIME);
  const [program, programArgs] = timed ? [GNU_TIME, ['-v', command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // Its own process group, so a timeout ends the command under GNU time too, not only time itself.
    const child = spawn(program, programArgs, { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      if (timedOut) {
        reject(new Error(`${command} ${args.join(' ')} did not finish within ${Math.round(timeoutMs / 1000)} s`));
        return;
      }
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${stderr.slice(-2000)}`));
        return;
      }
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      const cpuMs = user && system ? Math.round((Number(user[1]) + Number(system[1])) * 1000) : null;
      const systemMs = system ? Math.round(Number(system[1]) * 1000) : null;
      resolve({ wallMs, maxRssBytes: rss ? Number(rss[1]) * 1024 : null, cpuMs, systemMs, stdout, stderr });
    });
  });
}

/** Runs a TypeScript file with the same loader the project's scripts use (tsx), in one process. */
export const measureTsScript = (script: string, args: readonly string[], cwd: string) =>
  measureProcess(process.execPath, ['--import', 'tsx', script, ...args], cwd);
