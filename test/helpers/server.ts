import { createServer } from 'node:net';
import { serve } from '../../src/server/serve.js';
import type { RunningServer } from '../../src/server/serve.js';
import { createTestStore } from './engine.js';
import { TEST_PASSWORD, testConfig } from './runtime.js';

export type TestServer = { url: string; demoPassword: string; server: RunningServer; close(): Promise<void> };

/**
 * Starts the real platform on a random loopback port with a fresh database on the engine under
 * test and the demo data loaded (all demo accounts share TEST_PASSWORD).
 */
export async function startTestServer(env: NodeJS.ProcessEnv = {}): Promise<TestServer> {
  const store = await createTestStore();
  // Stamp and certificate URLs embed OCOP_PUBLIC_URL, so the server must know its real port up front.
  const free = await freePort();
  const withPort = { PORT: String(free), OCOP_PUBLIC_URL: `http://127.0.0.1:${free}`, ...env };
  const server = await serve(testConfig(store, withPort), { migrate: true, demo: true, print: () => undefined });
  const address = server.app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    demoPassword: TEST_PASSWORD,
    server,
    async close() {
      await server.close();
      await store.drop();
    },
  };
}

/** A loopback port free a moment ago, for a server that must know its own address before it starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** A minimal API client that behaves like the portal: keeps the session cookie and CSRF token. */
export class ApiClient {
  private cookie: string | undefined;
  csrf: string | undefined;
  bearer: string | undefined;

  constructor(readonly base: string) {}

  async login(username: string, password = TEST_PASSWORD): Promise<Response> {
    const res = await this.request('POST', '/api/v1/auth/login', { username, password });
    if (res.ok) {
      const body = (await res.clone().json()) as { csrfToken: string };
      this.csrf = body.csrfToken;
    }
    return res;
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const h: Record<string, string> = { ...headers };
    if (body !== undefined) h['content-type'] = 'application/json';
    if (this.cookie !== undefined) h.cookie = this.cookie;
    if (this.csrf !== undefined && method !== 'GET') h['x-csrf-token'] = this.csrf;
    if (this.bearer !== undefined) h.authorization = `Bearer ${this.bearer}`;
    const res = await fetch(`${this.base}${path}`, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body), redirect: 'manual' });
    const set = res.headers.get('set-cookie');
    if (set !== null) this.cookie = set.split(';')[0];
    return res;
  }

  get(path: string) {
    return this.request('GET', path);
  }
  post(path: string, body?: unknown) {
    return this.request('POST', path, body ?? {});
  }
  patch(path: string, body: unknown) {
    return this.request('PATCH', path, body);
  }
}
