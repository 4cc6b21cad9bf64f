import { describe, expect, it, vi } from "vitest";
import { cached } from "./store-api.server";

vi.mock("./medusa.server", () => ({ sdk: { client: { fetch: vi.fn() } } }));

describe("cached", () => {
  it("keeps a result for its time to live, then loads again", async () => {
    let now = 1_000;
    const load = vi.fn().mockResolvedValueOnce("first").mockResolvedValueOnce("second");
    const get = cached(60_000, load, () => now);
    await expect(get()).resolves.toBe("first");
    now += 59_999;
    await expect(get()).resolves.toBe("first");
    expect(load).toHaveBeenCalledTimes(1);
    now += 1;
    await expect(get()).resolves.toBe("second");
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("shares one load between concurrent callers", async () => {
    const load = vi.fn().mockResolvedValue(42);
    const get = cached(1_000, load);
    await Promise.all([get(), get(), get()]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("does not keep a failure: the next call tries again", async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error("down")).mockResolvedValueOnce("up");
    const get = cached(60_000, load);
    await expect(get()).rejects.toThrow("down");
    await expect(get()).resolves.toBe("up");
  });

  it("can be reset", async () => {
    const load = vi.fn().mockResolvedValue(1);
    const get = cached(60_000, load);
    await get();
    get.reset();
    await get();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
