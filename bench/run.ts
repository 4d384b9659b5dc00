// `npm run bench` — every performance figure in one run, each against a baseline measured
// in the same run: pipeline vs a read-and-regex floor, the dashboard vs a blank React page.
// `--quick` uses 100 and 1,000 articles and fewer repeats, for iteration.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildBlankPage, buildDashboard, buildStackFloor, preparePublicDir } from './build-apps.ts';
import { checkArticleTextLoadsOnOpen, compareWithBlank, VIEWS } from './browser-bench.ts';
import { composeChunks, measureBuild, measureIndex } from './bundle-bench.ts';
import { evaluateGoals, type BenchResults } from './goals.ts';
import { benchInteractions } from './interaction-bench.ts';
import { benchLighthouse } from './lighthouse-bench.ts';
import { launchChromium } from './lib/chromium.ts';
import { formatGoalsTable } from './lib/goals.ts';
import { benchPipeline, ensureCorpus, pipelineOutput } from './pipeline-bench.ts';
import { profilePipeline } from './pipeline-profile.ts';
import { buildWithSourceMaps, profileView } from './profile-load.ts';
import { saveResults } from './results-dir.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const quick = values.quick;
const root = path.resolve(import.meta.dirname, '..');
const out = (name: string) => path.join(root, 'bench/out', name);
const large = quick ? 1_000 : 10_000;
const loads = quick ? 2 : 5;
const started = Date.now();

const results: BenchResults = {
  startedAt: new Date().toISOString(),
  quick,
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', node: process.version, memoryGb: Math.round(os.totalmem() / 2 ** 30) },
  largeCorpus: large,
  errors: {},
};

/** Runs one part of the bench; a failure is recorded and the rest still runs. */
async function step<T>(name: string, run: () => Promise<T>): Promise<T | undefined> {
  console.log(`\n▶ ${name}`);
  try {
    return await run();
  } catch (error) {
    results.errors[name] = error instanceof Error ? error.message.split('\n').slice(0, 3).join(' ') : String(error);
    console.error(`  ✗ ${name}: ${results.errors[name]}`);
    return undefined;
  }
}

results.pipeline = await step('pipeline', () =>
  benchPipeline(root, quick ? [{ articles: 100, runs: 2 }, { articles: 1_000, runs: 2 }] : [{ articles: 100, runs: 3 }, { articles: 1_000, runs: 3 }, { articles: 10_000, runs: 5 }]),
);

if (results.pipeline?.sizes.length) {
  results.pipelineProfile = await step('pipeline CPU profile, 1,000 articles', async () => profilePipeline(root, (await ensureCorpus(root, 1_000)).dir));
}

const blankDist = await step('build the blank page', () => buildBlankPage(root));
const seedsBuild = await step('build the dashboard with the seeds', async () => {
  await preparePublicDir(root, path.join(root, 'seeds'), out('public-seeds'));
  return buildDashboard(root, out('public-seeds'), out('dist-seeds'));
});
const seedsDist = seedsBuild?.distDir;
const stackDist = seedsDist ? await step('build the stack floor with the seeds', () => buildStackFloor(root, out('public-seeds'))) : undefined;
const largeDist = await step(`build the dashboard with ${large} articles`, async () => {
  const corpus = await ensureCorpus(root, large);
  await preparePublicDir(root, corpus.dir, out(`public-${large}`), pipelineOutput(root, large));
  return (await buildDashboard(root, out(`public-${large}`), out(`dist-${large}`))).distDir;
});

if (blankDist) results.blankBuild = await step('sizes: blank page', () => measureBuild(blankDist));
if (stackDist) results.stackBuild = await step('sizes: stack floor', () => measureBuild(stackDist));
if (seedsDist) {
  results.seedsBuild = await step('sizes: dashboard', () => measureBuild(seedsDist));
  if (results.seedsBuild && seedsBuild) results.chunkComposition = composeChunks(results.seedsBuild, seedsBuild.moduleSizes, false);
  results.seedsIndex = await step('sizes: seeds index.json', () => measureIndex(seedsDist));
}
if (largeDist) results.largeIndex = await step(`sizes: ${large}-article index.json`, () => measureIndex(largeDist));

const browser = await step('launch Chromium', launchChromium);
if (browser) {
  if (blankDist && seedsDist) results.seedsLoads = await step('cold loads, blank page and dashboard, seeds', () => compareWithBlank(browser, blankDist, seedsDist, loads, stackDist));
  if (seedsDist) results.articleOpen = await step('open an article, seeds', () => checkArticleTextLoadsOnOpen(browser, seedsDist));
  if (blankDist && largeDist) results.largeLoads = await step(`cold loads, blank page and dashboard, ${large} articles`, () => compareWithBlank(browser, blankDist, largeDist, quick ? 1 : 3));
  if (largeDist) {
    const tries = quick ? 8 : 30;
    results.interactions = [];
    for (const throttle of [1, 4]) {
      const run = await step(`interactions, ${large} articles, ${throttle}× CPU`, () => benchInteractions(browser, largeDist, 'timeline', tries, throttle));
      if (run) results.interactions.push(run);
    }
  }
  await browser.close();
}

// Diagnosis for any view over budget: where its main-thread time goes, by package or source file.
if (largeDist) {
  results.largeProfiles = await step(`CPU profiles, ${large} articles`, async () => {
    const profileDist = out('dist-profile');
    await buildWithSourceMaps(root, out(`public-${large}`), profileDist);
    const profiles = [];
    for (const view of VIEWS) profiles.push(await profileView(profileDist, view, 10));
    return profiles;
  });
}

if (seedsDist) results.lighthouse = await step('Lighthouse, mobile, seeds', () => benchLighthouse(seedsDist, '/', quick ? 1 : 5));

results.durationS = Math.round((Date.now() - started) / 1000);
results.goals = evaluateGoals(results);
// Figures are a run's, not the sources': they go to bench/results/ (ignored by git), never into
// tracked files.
const saved = await saveResults(results);
console.log(`\n${formatGoalsTable(results.goals)}\n`);
console.log(`${quick ? 'quick run, ' : ''}${results.durationS} s; figures in ${path.relative(root, saved.json)}, report in ${path.relative(root, saved.report)}`);
if (Object.keys(results.errors).length) console.log('errors:', results.errors);
