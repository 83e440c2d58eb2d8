// Running the real kubectl against the fake API server: always asynchronously (a synchronous child
// would block the event loop that the server in this same process needs), with a kubeconfig and a
// HOME of its own so that nothing from the machine's own kubectl setup leaks in or out.
import { type ChildProcess, spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { x } from 'tinyexec';

const DEFAULT_KUBECTL = '/usr/bin/kubectl';

/**
 * The kubectl to run: /usr/bin/kubectl, else the first on PATH. Throws the message that tells
 * how to fix it, so a machine without kubectl fails the run instead of skipping these tests.
 */
export async function findKubectl(where: { at?: string; path?: string } = {}): Promise<string> {
  const at = where.at ?? DEFAULT_KUBECTL;
  const candidates = [at];
  for (const dir of (where.path ?? process.env.PATH ?? '').split(delimiter)) {
    if (dir) candidates.push(join(dir, 'kubectl'));
  }
  for (const file of candidates) {
    if (
      await access(file, constants.X_OK).then(
        () => true,
        () => false,
      )
    ) {
      return file;
    }
  }
  throw new Error(
    `kubectl not found at ${at} or on PATH: these tests run the real kubectl (v1.32) ` +
      'against a loopback fake API server. Install kubectl (https://kubernetes.io/docs/tasks/tools/) ' +
      'so that `kubectl version --client` works, then run `pnpm test` again.',
  );
}

/** A kubeconfig and HOME for one test file, pointing kubectl at `server`. */
export interface KubectlEnv {
  kubectl: string;
  env: NodeJS.ProcessEnv;
  dir: string;
  /** Another kubeconfig in the same folder, for a different server URL. */
  withServer(server: string): Promise<NodeJS.ProcessEnv>;
  cleanup(): Promise<void>;
}

function kubeconfig(server: string): string {
  return `apiVersion: v1
kind: Config
clusters:
  - name: fake
    cluster:
      server: ${server}
contexts:
  - name: fake
    context:
      cluster: fake
      user: fake
current-context: fake
users:
  - name: fake
    user: {}
`;
}

export async function kubectlEnv(kubectl: string, server: string): Promise<KubectlEnv> {
  const dir = await mkdtemp(join(tmpdir(), 'apiserver-proxy-url-kubectl-'));
  let n = 0;
  const withServer = async (url: string): Promise<NodeJS.ProcessEnv> => {
    const file = join(dir, `kubeconfig-${n++}.yaml`);
    await writeFile(file, kubeconfig(url));
    // Only what kubectl needs: no proxy variables, no user's KUBECONFIG, a HOME for its cache.
    return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, KUBECONFIG: file };
  };
  const env = await withServer(server);
  return {
    kubectl,
    env,
    dir,
    withServer,
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command to its end, asynchronously; a non-zero exit is a result, not an error. A process
 * that cannot start, is killed or outlives `timeoutMs` is an error.
 */
export async function run(
  file: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; input?: string; timeoutMs?: number; cwd?: string } = {},
): Promise<Run> {
  const result = await x(file, args, {
    // Always a stdin, ended: a command that reads it when it is not a terminal must not wait.
    stdin: options.input ?? '',
    timeout: options.timeoutMs ?? 60_000,
    throwOnError: false,
    // The environment is exactly the one given (the colour tests depend on what is not set), and
    // PATH gains no node_modules/.bin.
    inheritEnv: options.env === undefined,
    nodePath: false,
    nodeOptions: {
      env: options.env ?? process.env,
      ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    },
  });
  if (result.exitCode === undefined) {
    throw new Error(
      `${file} ${args.join(' ')} did not exit (killed, or over ${options.timeoutMs ?? 60_000} ms)\n${result.stderr}`,
    );
  }
  return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}

/** A running `kubectl proxy`. */
export interface KubectlProxy {
  port: number;
  /** `http://127.0.0.1:<port>` */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `kubectl proxy --port=0` (plus `args`) and waits for its "Starting to serve on
 * 127.0.0.1:<port>" line.
 */
export function startKubectlProxy(
  kubectl: string,
  env: NodeJS.ProcessEnv,
  args: string[] = [],
): Promise<KubectlProxy> {
  const child: ChildProcess = spawn(kubectl, ['proxy', '--port=0', ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (why: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stop();
      reject(
        new Error(`kubectl proxy ${args.join(' ')}: ${why}\nstdout: ${stdout}\nstderr: ${stderr}`),
      );
    };
    const timer = setTimeout(() => fail('no "Starting to serve on" line within 30 s'), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Starting to serve on 127\.0\.0\.1:(\d+)/.exec(stdout);
      if (!match || settled) return;
      settled = true;
      clearTimeout(timer);
      const port = Number(match[1]);
      resolve({ port, url: `http://127.0.0.1:${port}`, stop });
    });
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code) => fail(`exited with ${code} before serving`));
  });
}

export interface Response {
  status: number;
  body: string;
  location: string | undefined;
}

/**
 * Sends `GET <target>` to 127.0.0.1:`port` with the request target exactly as given (no URL
 * parser in between to clean or re-encode it), and an optional Host header.
 */
export function get(
  port: number,
  target: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: target, method: 'GET', headers, agent: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body, location: res.headers.location }),
        );
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error(`GET ${target}: no answer in 30 s`)));
    req.once('error', reject);
    req.end();
  });
}
