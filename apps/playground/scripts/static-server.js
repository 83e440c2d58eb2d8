// The built site on the loopback interface, for the browser tests and the screenshots, under a
// sub-path (to prove relative asset URLs work), recording every request it gets. Files are served
// by sirv, which keeps requests inside the folder and survives malformed escapes.
import { createServer } from 'node:http';
import sirv from 'sirv';

/**
 * A request's path, percent-decoded when it can be (a malformed `%` is kept as written).
 * @param {string} path
 */
function decoded(path) {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * Serves `root` at `http://127.0.0.1:<port><prefix>`.
 * @param {string} root the folder to serve (the built site)
 * @param {string} prefix a path starting and ending with '/'
 * @returns {Promise<{ url: string, requests: string[], close: () => Promise<void> }>}
 */
export async function serveStatic(root, prefix) {
  // dev: every request reads the folder as it is now, answered with `Cache-Control: no-store`.
  const files = sirv(root, { dev: true, etag: false });
  /** @type {string[]} */
  const requests = [];
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const path = decoded(url.split('?')[0] ?? '/');
    requests.push(path);
    if (!url.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    req.url = `/${url.slice(prefix.length)}`;
    files(req, res, () => {
      res.writeHead(404).end();
    });
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}
