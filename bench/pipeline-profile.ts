// Diagnosis for the pipeline: self time by source file (ours) or package (theirs) for one
// run over a corpus, from Node's own CPU profiler.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { ownerOf } from './bundle-bench.ts';
import { measureProcess } from './lib/measure-process.ts';
import { PIPELINE_CLI } from './pipeline-bench.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

export async function profilePipeline(root: string, corpusDir: string, top = 12): Promise<{ where: string; ms: number }[]> {
  const profileDir = path.join(root, 'bench/out/pipeline-profile');
  await rm(profileDir, { recursive: true, force: true });
  await mkdir(profileDir, { recursive: true });
  const outFile = path.join(profileDir, 'bundle.json');
  await measureProcess(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profileDir, '--import', 'tsx', PIPELINE_CLI, '--in', corpusDir, '--out', outFile], root);
  // tsx runs its loader in a worker thread, which writes a profile of its own (thread id 1);
  // the pipeline runs on the main thread, id 0: CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile.
  const profiles = (await readdir(profileDir)).filter((file) => file.endsWith('.cpuprofile')).sort();
  const profileFile = profiles.find((file) => /\.\d+\.0\.\d+\.cpuprofile$/.test(file)) ?? profiles[0];
  if (!profileFile) throw new Error('no CPU profile written');
  const profile = JSON.parse(await readFile(path.join(profileDir, profileFile), 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const { url, functionName } = nodeById.get(id)?.callFrame ?? { url: '', functionName: '' };
    const file = url.replace(/^file:\/\//, '').replace(root + '/', '');
    const where = file.startsWith('src/') ? file : file.includes('node_modules/') ? ownerOf(file) : file.startsWith('node:') ? 'node internals' : functionName || '(program)';
    totals.set(where, (totals.get(where) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  totals.delete('(idle)');
  return [...totals].map(([where, ms]) => ({ where, ms: Math.round(ms) })).sort((a, b) => b.ms - a.ms).slice(0, top);
}
