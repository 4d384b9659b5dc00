// The house's layering, checked on import statements. Data flows one way: the pipeline
// (Node) writes the bundle, the app (browser) reads it; both compile against src/schema.
// Rules: a feature never imports another feature (the app composes them); app code never
// imports the pipeline or a Node module (type-only imports included: they compile the
// pipeline into the app's program); no two modules load each other, directly or through
// others (type-only imports left out: they are erased). In the pipeline, the reading
// (src/pipeline/reading/) never imports an extractor, and no extractor imports another: what
// two of them share is in the reading. Works on a map of path → source, so a test can feed it a planted file.
import { builtinModules } from 'node:module';
import path from 'node:path';

/** Browser code: what Vite bundles for the page. */
const APP_ROOTS = ['src/app/', 'src/features/', 'src/components/', 'src/lib/', 'src/schema/', 'src/main.tsx'];
const NODE_MODULES = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

const IMPORT = [
  /\bimport\s+(type\s+)?[\w*{}\s,$]*?\s*from\s*['"]([^'"]+)['"]/g,
  /\bexport\s+(type\s+)?[\w*{}\s,$]*?\s*from\s*['"]([^'"]+)['"]/g,
  /\bimport\s*()['"]([^'"]+)['"]/g,
  /(\btypeof\s+)?\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

export interface Import {
  specifier: string;
  /** `import type …`, `export type … from`, `typeof import(…)`: erased when compiled. */
  typeOnly: boolean;
}

/** Every import a source file makes, in order of appearance. */
export function importsIn(source: string): Import[] {
  // Comments are blanked first, so an example in a comment is not an import.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const found: (Import & { at: number })[] = [];
  for (const pattern of IMPORT) {
    for (const match of code.matchAll(pattern)) found.push({ at: match.index, specifier: match[2]!, typeOnly: Boolean(match[1]) });
  }
  return found.sort((a, b) => a.at - b.at).map(({ specifier, typeOnly }) => ({ specifier, typeOnly }));
}

/** Every module specifier a source file names. */
export const importsOf = (source: string): string[] => importsIn(source).map((entry) => entry.specifier);

/** The extractors: each is `src/pipeline/extractors/NAME.ts` plus its rules in `src/pipeline/extractors/NAME/`. */
const EXTRACTORS = ['claims', 'events', 'positions', 'quotes'];
const extractorOf = (file: string) => {
  const name = /^src\/pipeline\/extractors\/([^/.]+)(?:\.ts$|\/)/.exec(file)?.[1];
  return name && EXTRACTORS.includes(name) ? name : null;
};
const isReading = (file: string) => file.startsWith('src/pipeline/reading/');

const isApp = (file: string) => APP_ROOTS.some((root) => file === root || file.startsWith(root));
const featureOf = (file: string) => /^src\/features\/([^/]+)\//.exec(file)?.[1] ?? null;

/** A relative specifier as a path in the map (trying the extensions TypeScript would), or null. */
function resolve(from: string, specifier: string, files: ReadonlyMap<string, string>): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier.replace(/\?.*$/, '')));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((candidate) => files.has(candidate)) ?? null;
}

export interface Violation {
  rule: 'feature-imports-feature' | 'app-imports-pipeline' | 'app-imports-node' | 'import-cycle' | 'extractor-imports-extractor' | 'reading-imports-extractor';
  file: string;
  detail: string;
}

/** Every layering violation in a map of repository-relative path → source. */
export function checkLayering(files: ReadonlyMap<string, string>): Violation[] {
  const violations: Violation[] = [];
  const graph = new Map<string, string[]>();
  for (const [file, source] of files) {
    const edges: string[] = [];
    for (const { specifier, typeOnly } of importsIn(source)) {
      const target = resolve(file, specifier, files);
      // A cycle is about load order: imports erased at compile time do not make one.
      if (target && !typeOnly) edges.push(target);
      if (target && isReading(file) && target.startsWith('src/pipeline/extractors/')) {
        violations.push({ rule: 'reading-imports-extractor', file, detail: `the reading imports extractor code: "${specifier}"` });
      }
      const [from, to] = [extractorOf(file), target && extractorOf(target)];
      if (from && to && from !== to) {
        violations.push({ rule: 'extractor-imports-extractor', file, detail: `the ${from} extractor imports the ${to} extractor: "${specifier}"` });
      }
      if (!isApp(file)) continue;
      const bare = specifier.replace(/\/.*$/, '');
      if (NODE_MODULES.has(specifier) || (!specifier.startsWith('.') && NODE_MODULES.has(bare))) {
        violations.push({ rule: 'app-imports-node', file, detail: `imports the Node module "${specifier}"` });
      }
      const resolved = target ?? path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      if (specifier.startsWith('.') && resolved.startsWith('src/pipeline/')) {
        violations.push({ rule: 'app-imports-pipeline', file, detail: `imports the pipeline: "${specifier}"` });
      }
      const [mine, theirs] = [featureOf(file), featureOf(resolved)];
      if (mine && theirs && mine !== theirs) {
        violations.push({ rule: 'feature-imports-feature', file, detail: `feature "${mine}" imports feature "${theirs}": "${specifier}"` });
      }
    }
    graph.set(file, edges);
  }
  for (const cycle of cycles(graph)) {
    violations.push({ rule: 'import-cycle', file: cycle[0]!, detail: `import cycle: ${[...cycle, cycle[0]].join(' → ')}` });
  }
  return violations;
}

/** One cycle per strongly connected group of modules (Tarjan), each as the path around it. */
function cycles(graph: ReadonlyMap<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    const selfLoop = (graph.get(node) ?? []).includes(node);
    if (group.length > 1 || selfLoop) found.push(pathAround(graph, new Set(group), node));
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

/** A path from `start` back to itself inside one strongly connected group. */
function pathAround(graph: ReadonlyMap<string, string[]>, group: ReadonlySet<string>, start: string): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const to of graph.get(node) ?? []) {
      if (!group.has(to)) continue;
      if (to === start) {
        const route = [node];
        while (route[0] !== start) route.unshift(previous.get(route[0]!)!);
        return route;
      }
      if (!previous.has(to)) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start];
}
