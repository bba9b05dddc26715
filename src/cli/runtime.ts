import { loadConfig } from '../config/config.js';
import { type Runtime, openRuntime } from '../server/runtime.js';

/** Opens the configured database for a one-shot command and always closes it afterwards. */
export async function withRuntime<T>(fn: (rt: Runtime) => Promise<T>, opts: { migrate?: boolean } = {}): Promise<T> {
  const config = loadConfig();
  const rt = await openRuntime(config, { migrate: opts.migrate ?? false, warn: (m) => process.stderr.write(`warning: ${m}\n`) });
  try {
    return await fn(rt);
  } finally {
    await rt.database.close();
  }
}
