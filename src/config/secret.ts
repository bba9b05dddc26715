import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SECRET_FILE = 'secret.key';

/**
 * Returns the signing secret. Outside production a missing OCOP_SECRET is generated once into the
 * data folder (mode 0600) so restarts keep sessions and stamp signatures valid; `warn` says so.
 */
export function resolveSecret(opts: {
  configured: string | undefined;
  dataDir: string;
  warn: (message: string) => void;
}): string {
  if (opts.configured !== undefined) return opts.configured;
  const file = join(opts.dataDir, SECRET_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(opts.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  opts.warn(`OCOP_SECRET is not set: generated one into ${file}. Set OCOP_SECRET in production.`);
  return secret;
}
