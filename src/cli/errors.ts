import { ZodError, z } from 'zod';
import { ConfigError } from '../config/config.js';
import { SchemaError } from '../db/migrate.js';
import { ServiceError } from '../services/errors.js';

/** One readable line (or a few) for an error; unknown errors keep their message but not a stack. */
export function describeError(err: unknown): string {
  if (err instanceof ConfigError || err instanceof SchemaError) return err.message;
  if (err instanceof ServiceError) {
    const fields = err.issues.map((i) => `\n  - ${i.path.replace(/^body\./, '')}: ${i.message}`).join('');
    return `${err.message}${fields}`;
  }
  if (err instanceof ZodError) return `Invalid input:\n${z.prettifyError(err)}`;
  if (err instanceof Error) return err.message;
  return String(err);
}

/** Runs a command body; on failure prints `error: …` to stderr and exits non-zero. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (err) {
      process.stderr.write(`error: ${describeError(err)}\n`);
      process.exit(1);
    }
  };
}
