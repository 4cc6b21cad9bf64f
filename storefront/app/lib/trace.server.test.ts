import { FetchError } from "@medusajs/js-sdk";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const sdkMock = vi.hoisted(() => ({ client: { fetch: vi.fn() } }));
vi.mock("./medusa.server", () => ({ sdk: sdkMock }));

import { traceStamp } from "./trace.server";

const found = {
  verdict: "genuine",
  code: "7K3M9Q2R4T8VXW1Z",
  scans: { count: 1, first_scanned_at: "2026-05-01T03:00:00.000Z" },
  product: null,
  producer: null,
  lot: { lot_code: "L-2026-01", produced_at: "2026-04-01T00:00:00.000Z", expires_at: null, quantity: 500, events: [] },
};

beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation(() => {});
  sdkMock.client.fetch.mockReset();
});
afterEach(() => vi.restoreAllMocks());

describe("traceStamp", () => {
  it("looks the normalised code up exactly once", async () => {
    sdkMock.client.fetch.mockResolvedValue(found);
    const result = await traceStamp("7k3m-9q2r-4t8v-xw1z");
    expect(sdkMock.client.fetch).toHaveBeenCalledTimes(1);
    expect(sdkMock.client.fetch).toHaveBeenCalledWith("/store/trace/7K3M9Q2R4T8VXW1Z", { method: "GET" });
    expect(result).toMatchObject({ verdict: "genuine", lot: { lot_code: "L-2026-01" } });
  });

  it("turns the backend's 404 into the unknown verdict", async () => {
    sdkMock.client.fetch.mockRejectedValue(new FetchError("Mã tem không có trong hệ thống", "Not Found", 404));
    await expect(traceStamp("ZZZZZZZZZZZZZZZZ")).resolves.toEqual({ verdict: "unknown", code: "ZZZZZZZZZZZZZZZZ" });
  });

  it("does not call the backend for something that cannot be a code", async () => {
    await expect(traceStamp("<script>")).resolves.toMatchObject({ verdict: "unknown" });
    expect(sdkMock.client.fetch).not.toHaveBeenCalled();
  });

  it("is a 503 when the backend is down", async () => {
    sdkMock.client.fetch.mockRejectedValue(new FetchError("Service Unavailable", "Service Unavailable", 503));
    const error = await traceStamp("7K3M9Q2R4T8VXW1Z").catch((e: unknown) => e);
    expect((error as { init?: { status?: number } }).init?.status).toBe(503);
  });
});
