/**
 * "Ask after the typing stops, and only believe the latest answer": the
 * search box calls `request(text)` on every keystroke; `load` runs once the
 * text has been still for `delayMs`, and a newer request (or `cancel()`)
 * aborts the one in flight, so a slow old answer never replaces a newer one.
 */
export interface DebouncedLoader<K> {
  request(key: K): void;
  cancel(): void;
}

export function debouncedLoader<K, T>({
  delayMs,
  load,
  onResult,
  onError,
}: {
  delayMs: number;
  load: (key: K, signal: AbortSignal) => Promise<T>;
  onResult: (result: T, key: K) => void;
  onError?: (error: unknown, key: K) => void;
}): DebouncedLoader<K> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;

  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    controller?.abort();
    controller = undefined;
  };

  return {
    request(key) {
      cancel();
      timer = setTimeout(() => {
        timer = undefined;
        const current = new AbortController();
        controller = current;
        load(key, current.signal).then(
          (result) => {
            if (current.signal.aborted) return;
            controller = undefined;
            onResult(result, key);
          },
          (error: unknown) => {
            if (current.signal.aborted) return;
            controller = undefined;
            onError?.(error, key);
          },
        );
      }, delayMs);
    },
    cancel,
  };
}
