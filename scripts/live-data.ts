// `npm start` serves the production build, but the data it shows should be the latest
// `npm run data` wrote: this preview plugin answers /data/… from public/data/ on disk, where
// the pipeline writes, so adding an article and reloading the page shows it without a restart.
// It is on only while the project's own dist/ is served (a test serving a snapshot elsewhere
// keeps its snapshot's data), and it sends the same headers as every other preview response.
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** Sent with every live data response, so `npm start` can tell a server serving this very folder. */
export const LIVE_DATA_HEADER = 'X-Live-Data';
/** Names a data folder without showing its path. */
export const liveDataTag = (dataDir: string) => createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16);

const CONTENT_TYPES: Record<string, string> = { '.json': 'application/json; charset=utf-8' };

/** The file under `dataDir` a request path names, or null (outside it, not a file, not /data/). */
export function dataFileFor(dataDir: string, urlPath: string): string | null {
  if (!urlPath.startsWith('/data/')) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.slice('/data/'.length));
  } catch {
    return null;
  }
  const file = path.resolve(dataDir, relative);
  if (!file.startsWith(dataDir + path.sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

export function liveData(): Plugin {
  return {
    name: 'live-data',
    apply: 'serve',
    configurePreviewServer(server) {
      const { root, build, preview } = server.config;
      if (path.resolve(root, build.outDir) !== path.resolve(root, 'dist')) return;
      const dataDir = path.resolve(root, 'public', 'data');
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        const file = dataFileFor(dataDir, new URL(req.url ?? '/', 'http://localhost').pathname);
        if (!file) return next();
        for (const [name, value] of Object.entries(preview.headers ?? {})) if (value !== undefined) res.setHeader(name, value);
        res.setHeader('Content-Type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
        // Always ask again: a reload must see what the pipeline wrote since.
        res.setHeader('Cache-Control', 'no-cache');
        res.setHeader(LIVE_DATA_HEADER, liveDataTag(dataDir));
        res.setHeader('Content-Length', String(statSync(file).size));
        if (req.method === 'HEAD') return res.end();
        createReadStream(file).on('error', () => res.destroy()).pipe(res);
      });
    },
  };
}
