// The README's add-an-article steps, through the real commands, while `npm start` serves:
// `npm run data` then a reload shows the new article; a second `npm start` says the dashboard
// is running instead of failing on the port; a bad article leaves the last good bundle served,
// also when the dashboard starts with it. Runs in a copy of the project on a free port.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataFileFor, liveDataTag } from '../../../scripts/live-data.ts';
import { REPO, tempDir } from './run-cli.ts';

const work = tempDir('start');
const servers: ChildProcess[] = [];
afterAll(() => {
  // Cleanup, also after a failure: nothing this test started may outlive it.
  for (const server of servers) stop(server, 'SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

/** Ends `npm start` and the server it started: the process group this test made for it. */
function stop(server: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
  try {
    process.kill(-server.pid!, signal);
  } catch {
    // Already gone.
  }
}

for (const entry of ['package.json', 'vite.config.ts', 'index.html', 'tsconfig.json', 'tsconfig.base.json', 'tsconfig.app.json', 'tsconfig.node.json', 'tsconfig.layers.json', 'src', 'scripts', 'seeds']) {
  cpSync(path.join(REPO, entry), path.join(work, entry), { recursive: true });
}
mkdirSync(path.join(work, 'public'));
symlinkSync(path.join(REPO, 'node_modules'), path.join(work, 'node_modules'), 'dir');

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const env = (port: number) => ({ ...process.env, PORT: String(port), NO_COLOR: '1' });
const npm = (args: string[], port: number) => {
  const result = spawnSync('npm', args, { cwd: work, env: env(port), encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
};

/** Starts `npm start` in its own process group and waits until the page answers. */
async function startServing(port: number): Promise<{ output: () => string }> {
  const server = spawn('npm', ['start'], { cwd: work, env: env(port), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  servers.push(server);
  let output = '';
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await new Promise((done) => setTimeout(done, 250))) {
    if (server.exitCode !== null) throw new Error(`npm start exited ${server.exitCode}:\n${output}`);
    const ok = await fetchText(`http://localhost:${port}/`).then((page) => page.status === 200, () => false);
    if (ok) return { output: () => output };
  }
  throw new Error(`npm start did not serve within 120 s:\n${output}`);
}

/** A GET on a fresh connection (a kept-alive one may be closed by the server while a command runs). */
function fetchText(url: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    get(url, { agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    }).on('error', fail);
  });
}

const servedTitles = async (port: number) => {
  const index = JSON.parse((await fetchText(`http://localhost:${port}/data/bundle/index.json`)).body) as { articles: { title: string }[] };
  return index.articles.map((article) => article.title);
};

function addArticle(file: string, title: string, text: string | null) {
  if (text !== null) writeFileSync(path.join(work, 'seeds', file), text);
  const manifestPath = path.join(work, 'seeds', 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.articles.push({ file, title, outlet: 'Test desk', url: null, publishedAt: '2025-06-03', language: 'en', dateNote: '' });
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
}

describe('adding an article while the dashboard runs', { timeout: 300_000 }, () => {
  it('npm run data is live on reload; a second npm start reports the running server; bad articles keep the last good bundle', async () => {
    const port = await freePort();
    const first = await startServing(port);
    expect(await servedTitles(port)).not.toContain('Delegations meet again');

    addArticle('005_meeting.txt', 'Delegations meet again', 'The two delegations met in Istanbul on Monday, the mediator said. They agreed to meet again next week.\n');
    const data = npm(['run', 'data'], port);
    expect(data.code, data.output).toBe(0);
    expect(await servedTitles(port)).toContain('Delegations meet again');

    const again = npm(['start'], port);
    expect(again.output).not.toMatch(/already in use/i);
    expect(again.output).toContain(`already running at http://localhost:${port}/ and serves the rebuilt data`);
    expect(again.code).toBe(0);

    addArticle('006_missing.txt', 'Never written', null);
    const bad = npm(['start'], port);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('006_missing.txt');
    expect(bad.output).toContain('still serves it');
    expect(await servedTitles(port)).toContain('Delegations meet again');

    const closed = new Promise((done) => servers[0]!.on('close', done));
    stop(servers[0]!);
    await closed;
    expect(first.output()).toContain('Local:');

    const restarted = await startServing(port);
    expect(await servedTitles(port)).toContain('Delegations meet again');
    for (const deadline = Date.now() + 10_000; !restarted.output().includes('Serving the last good bundle') && Date.now() < deadline; ) {
      await new Promise((done) => setTimeout(done, 100));
    }
    expect(restarted.output()).toContain('006_missing.txt');
    expect(restarted.output()).toContain('Serving the last good bundle');
  });
});

describe(dataFileFor, () => {
  it('answers only files inside the data folder', () => {
    const dataDir = path.join(work, 'seeds');
    expect(dataFileFor(dataDir, '/data/manifest.json')).toBe(path.join(dataDir, 'manifest.json'));
    for (const bad of ['/data/../package.json', '/data/%2e%2e/package.json', '/data/%2e%2e%2fpackage.json', '/data/', '/data/missing.json', '/index.html', '/data/%E0%A4%A']) {
      expect(dataFileFor(dataDir, bad), bad).toBeNull();
    }
  });
});

describe(liveDataTag, () => {
  it('is computed the same way by npm start, which cannot import TypeScript', () => {
    const start = readFileSync(path.join(REPO, 'scripts', 'start.mjs'), 'utf8');
    const source = readFileSync(path.join(REPO, 'scripts', 'live-data.ts'), 'utf8');
    const hashing = "createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16)";
    expect(start).toContain(hashing);
    expect(source).toContain(hashing);
    expect(liveDataTag('/a/public/data')).not.toBe(liveDataTag('/b/public/data'));
  });
});
