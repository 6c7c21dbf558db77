import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
// Pages that test a strict Content-Security-Policy get it as a real response header, as a site would send it.
const STRICT_CSP_PAGE = /^[/\\]adversarial-csp[^/\\]*\.html$/;
const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'";

export interface FixtureServer {
  readonly origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves e2e/fixtures on 127.0.0.1 at a free port. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(FIXTURES, path);
    stat(file).then(
      (info) => {
        if (!info.isFile() || !file.startsWith(FIXTURES)) throw new Error('not a file');
        const csp = STRICT_CSP_PAGE.test(path) ? { 'content-security-policy': STRICT_CSP } : {};
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...csp });
        createReadStream(file).pipe(response);
      },
      () => {
        response.writeHead(404).end('not found');
      },
    ).catch(() => response.writeHead(404).end('not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
