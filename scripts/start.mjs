// `npm start`: build the bundle from seeds/, build the app, serve it at http://localhost:4173.
// Made to be run again while it serves, as the README's add-an-article steps do:
// - the server answers /data/ from public/data/ (scripts/live-data.ts), so rebuilt data is
//   live on the next reload of the page;
// - a second `npm start` rebuilds the data, finds the dashboard already serving on the port,
//   says so and exits, instead of failing with "Port 4173 is already in use";
// - when an article is bad, the pipeline names it and leaves the last good bundle in place;
//   that bundle is still served, and the problem is printed again once the server is up.
// PORT changes the port (default 4173).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT) || 4173;
const url = `http://localhost:${port}/`;
const bundle = path.join(root, 'public', 'data', 'bundle.json');
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const say = (line) => console.log(`\nnpm start: ${line}`);

/** Runs a command in the project with the output shown; returns whether it succeeded. */
function run(args) {
  return spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status === 0;
}

/** A data folder's tag, as scripts/live-data.ts sends it (same hash, kept in step by a test). */
const liveDataTag = (dataDir) => createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16);

/**
 * 'ours' if this project's dashboard answers on the port with this folder's live data,
 * 'elsewhere' if a dashboard serves other data (another copy of the project, or an older one),
 * 'other' if another program holds the port, 'free' if nothing does.
 */
async function portHolder() {
  const open = await new Promise((done) => {
    const socket = connect({ port, host: 'localhost' }, () => socket.end(() => done(true)));
    socket.on('error', () => done(false));
    socket.setTimeout(2000, () => socket.destroy() && done(false));
  });
  if (!open) return 'free';
  try {
    const page = await fetch(url, { signal: AbortSignal.timeout(3000) });
    if (!(await page.text()).includes('<title>Peace Talks Tracker</title>')) return 'other';
    const data = await fetch(new URL('data/bundle/index.json', url), { method: 'HEAD', signal: AbortSignal.timeout(3000) });
    return data.headers.get('x-live-data') === liveDataTag(path.join(root, 'public', 'data')) ? 'ours' : 'elsewhere';
  } catch {
    return 'other';
  }
}

const builtAt = () => statSync(bundle).mtime.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
const dataOk = run(['--import', 'tsx', 'src/pipeline/cli.ts']);
const problem = dataOk ? null : `the articles in seeds/ have a problem (named above); the last good bundle was kept.`;

const holder = await portHolder();
if (holder === 'ours') {
  if (dataOk) say(`the dashboard is already running at ${url} and serves the rebuilt data: reload the page.`);
  else say(`${problem}\nThe dashboard already running at ${url} still serves it (built ${builtAt()}). Fix the article and run npm start or npm run data again.`);
  process.exit(dataOk ? 0 : 1);
}
if (holder === 'elsewhere') {
  say(`a dashboard on ${url} serves data from another copy of the project (or from a version that does not read\npublic/data/ live). Stop it (Ctrl+C where it runs) and run npm start again, or use another port: PORT=4174 npm start`);
  process.exit(1);
}
if (holder === 'other') {
  say(`port ${port} is in use by another program. Stop it, or choose another port: PORT=4174 npm start`);
  process.exit(1);
}
if (!existsSync(bundle)) {
  say(`${problem} There is no earlier bundle to serve. Fix the article and run npm start again.`);
  process.exit(1);
}
if (!run([vite, 'build'])) process.exit(1);

const server = spawn(process.execPath, [vite, 'preview', '--port', String(port), '--strictPort'], { cwd: root, stdio: ['inherit', 'pipe', 'inherit'] });
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (problem && String(chunk).includes('Local:')) say(`${problem}\nServing the last good bundle, built ${builtAt()}.`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (server.exitCode === null && server.signalCode === null) server.kill(signal);
    // Whatever the server does with the signal, do not outlive it by more than a moment.
    setTimeout(() => process.exit(1), 3000).unref();
  });
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
