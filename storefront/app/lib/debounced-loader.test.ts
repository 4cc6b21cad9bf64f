import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { debouncedLoader } from "./debounced-loader";

/** A load whose answers the test releases by hand, in any order. */
function controllableLoad() {
  const calls: { key: string; signal: AbortSignal; resolve: (value: string) => void; reject: (error: unknown) => void }[] = [];
  const load = (key: string, signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      calls.push({ key, signal, resolve, reject });
    });
  return { calls, load };
}

describe("debouncedLoader", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("waits until the typing has stopped for the delay, then asks once for the last text", async () => {
    const { calls, load } = controllableLoad();
    const results: string[] = [];
    const loader = debouncedLoader({ delayMs: 200, load, onResult: (r) => results.push(r) });

    for (const text of ["tr", "tra", "tra h", "tra ho", "tra hoa"]) {
      loader.request(text);
      await vi.advanceTimersByTimeAsync(120);
    }
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(80);
    expect(calls.map((c) => c.key)).toEqual(["tra hoa"]);

    calls[0].resolve("answer for tra hoa");
    await vi.advanceTimersByTimeAsync(0);
    expect(results).toEqual(["answer for tra hoa"]);
  });

  it("aborts the request in flight when the text changes, and ignores its late answer", async () => {
    const { calls, load } = controllableLoad();
    const results: [string, string][] = [];
    const loader = debouncedLoader({ delayMs: 200, load, onResult: (r, key) => results.push([key, r]) });

    loader.request("tra");
    await vi.advanceTimersByTimeAsync(200);
    loader.request("tra hoa vang");
    expect(calls[0].signal.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(200);
    expect(calls.map((c) => c.key)).toEqual(["tra", "tra hoa vang"]);

    // The newer answer comes first; the stale one arrives later and must not win.
    calls[1].resolve("new");
    await vi.advanceTimersByTimeAsync(0);
    calls[0].resolve("stale");
    await vi.advanceTimersByTimeAsync(0);
    expect(results).toEqual([["tra hoa vang", "new"]]);
  });

  it("cancel() stops both a waiting and a running request", async () => {
    const { calls, load } = controllableLoad();
    const onResult = vi.fn();
    const loader = debouncedLoader({ delayMs: 200, load, onResult });

    loader.request("mat ong");
    loader.cancel();
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toHaveLength(0);

    loader.request("mat ong");
    await vi.advanceTimersByTimeAsync(200);
    loader.cancel();
    expect(calls[0].signal.aborted).toBe(true);
    calls[0].resolve("late");
    await vi.advanceTimersByTimeAsync(0);
    expect(onResult).not.toHaveBeenCalled();
  });

  it("reports errors of the current request only", async () => {
    const { calls, load } = controllableLoad();
    const onError = vi.fn();
    const loader = debouncedLoader({ delayMs: 10, load, onResult: vi.fn(), onError });

    loader.request("a1");
    await vi.advanceTimersByTimeAsync(10);
    loader.request("a2");
    await vi.advanceTimersByTimeAsync(10);
    calls[0].reject(new DOMException("aborted", "AbortError"));
    calls[1].reject(new Error("offline"));
    await vi.advanceTimersByTimeAsync(0);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(new Error("offline"), "a2");
  });
});
