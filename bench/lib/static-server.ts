// A tiny static file server on 127.0.0.1 for browser measurements: gzip like a real
// host, no caching (every load is cold), and a log of what each page load requested.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { GZIP_LEVEL } from './gzip.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

export interface ServedRequest {
  path: string;
  /** Bytes sent on the wire (gzip-compressed where the type allows). */
  bytes: number;
}

export interface StaticServer {
  origin: string;
  requests: ServedRequest[];
  close(): Promise<void>;
}

export async function serveDirectory(root: string): Promise<StaticServer> {
  const requests: ServedRequest[] = [];
  // Compressed bodies are cached in memory: compressing a 10 MB index on every load would time the server.
  const compressed = new Map<string, Buffer>();
  const server: Server = createServer(async (request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const relative = urlPath.endsWith('/') ? urlPath + 'index.html' : urlPath;
    const file = path.join(root, path.normalize(relative));
    if (!file.startsWith(root) || !(await stat(file).catch(() => null))?.isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    const extension = path.extname(file);
    let body: Buffer = await readFile(file);
    const headers: Record<string, string> = { 'content-type': TYPES[extension] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = compressed.get(file) ?? gzipSync(body, { level: GZIP_LEVEL });
      compressed.set(file, body);
      headers['content-encoding'] = 'gzip';
    }
    requests.push({ path: urlPath, bytes: body.length });
    response.writeHead(200, { ...headers, 'content-length': String(body.length) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
