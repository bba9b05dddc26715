// One button's request at a time: busy while it runs, the failure kept for <ErrorAlert>.
// Pages use it for every write, so double taps on a slow phone connection send one request.
import { useCallback, useRef, useState } from 'react';

export type Action = {
  busy: boolean;
  error: unknown;
  /** Runs `work` unless another run is in flight; true when it succeeded. */
  run(work: () => Promise<unknown>): Promise<boolean>;
  setError(error: unknown): void;
};

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const running = useRef(false);
  const run = useCallback(async (work: () => Promise<unknown>) => {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    setError(undefined);
    try {
      await work();
      return true;
    } catch (reason) {
      setError(reason);
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, error, run, setError };
}
