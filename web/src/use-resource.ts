// Loads data for a page and reloads it when `key` changes; stale answers from an earlier
// key are dropped through AbortController so fast typing cannot show old results.
import { useCallback, useEffect, useEffectEvent, useState } from 'react';

export type Resource<T> = {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
};

export function useResource<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Resource<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  // An effect event always sees the latest loader, so callers may pass an inline function
  // without it counting as a change; only `key` decides when to load again.
  const runLoad = useEffectEvent(load);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    runLoad(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        setData(value);
        setLoading(false);
      },
      (reason: unknown) => {
        if (controller.signal.aborted) return;
        setError(reason);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data, error, loading, reload };
}
