// Builds what the browser measurements load: the blank floor page, the stack floor, and the dashboard
// with a given corpus's data in its own public dir (never touching the project's public/).
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { build, type Plugin } from 'vite';
import { PIPELINE_CLI } from './pipeline-bench.ts';
import { measureTsScript } from './lib/measure-process.ts';

export async function buildBlankPage(root: string): Promise<string> {
  await build({ configFile: path.join(root, 'bench/blank/vite.config.ts'), logLevel: 'warn' });
  return path.join(root, 'bench/out/dist-blank');
}

/** The stack floor (React, Query and the app's zod loaders, one line of output) with the data in `publicDir`. */
export async function buildStackFloor(root: string, publicDir: string): Promise<string> {
  await build({ configFile: path.join(root, 'bench/stack-floor/vite.config.ts'), publicDir, logLevel: 'warn' });
  return path.join(root, 'bench/out/dist-stack');
}

/**
 * Copies public/ (without its generated data) and puts the corpus's bundle into `<publicDir>/data/`:
 * copied from `prebuiltBundle` (and its split copy beside it) when the pipeline bench already built it.
 */
export async function preparePublicDir(root: string, corpusDir: string, publicDir: string, prebuiltBundle?: string): Promise<void> {
  await rm(publicDir, { recursive: true, force: true });
  await mkdir(path.join(publicDir, 'data'), { recursive: true });
  const source = path.join(root, 'public');
  for (const entry of await readdir(source).catch(() => [])) {
    if (entry !== 'data') await cp(path.join(source, entry), path.join(publicDir, entry), { recursive: true });
  }
  if (prebuiltBundle && existsSync(prebuiltBundle)) {
    await cp(prebuiltBundle, path.join(publicDir, 'data/bundle.json'));
    await cp(prebuiltBundle.replace(/\.json$/, ''), path.join(publicDir, 'data/bundle'), { recursive: true });
    return;
  }
  await measureTsScript(PIPELINE_CLI, ['--in', corpusDir, '--out', path.join(publicDir, 'data/bundle.json')], root);
}

/** Chunk file → source module → bytes it contributes before minification. */
export type ModuleSizes = Record<string, Record<string, number>>;

/** Records what each chunk is made of, so an over-budget chunk can be traced to a package or folder. */
function recordModuleSizes(into: ModuleSizes): Plugin {
  return {
    name: 'bench-module-sizes',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        into[output.fileName] = Object.fromEntries(
          Object.entries(output.modules).map(([id, module]) => [path.relative(rootOf(id), id), module.renderedLength]),
        );
      }
    },
  };
}

const rootOf = (id: string) => (id.startsWith(process.cwd()) ? process.cwd() : path.parse(id).root);

export async function buildDashboard(root: string, publicDir: string, outDir: string): Promise<{ distDir: string; moduleSizes: ModuleSizes }> {
  const moduleSizes: ModuleSizes = {};
  // Removed up front: Vite's own emptying of a dist holding 10,000 article files takes ~20 s.
  await rm(outDir, { recursive: true, force: true });
  await build({
    configFile: path.join(root, 'vite.config.ts'),
    root,
    publicDir,
    logLevel: 'warn',
    plugins: [recordModuleSizes(moduleSizes)],
    build: { outDir, emptyOutDir: true, manifest: true },
  });
  return { distDir: outDir, moduleSizes };
}
