import { createServer } from "node:net";
import { FetchError } from "@medusajs/js-sdk";
import { isRouteErrorResponse } from "react-router";
import { describe, expect, it, vi } from "vitest";
import {
  BackendNotReadyError,
  BackendTimeoutError,
  isBackendDownError,
  withBackend,
  withTimeout,
} from "./backend-errors.server";

/** A local port that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** What a thrown react-router `data()` response looks like to the boundary. */
function thrownStatus(error: unknown): number | undefined {
  const value = error as { type?: string; init?: { status?: number } };
  return value?.type === "DataWithResponseInit" ? value.init?.status : undefined;
}

describe("isBackendDownError", () => {
  it("recognises a real refused connection from fetch", async () => {
    const port = await closedPort();
    const error = await fetch(`http://127.0.0.1:${port}/store/products`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(isBackendDownError(error)).toBe(true);
  });

  it("recognises network error codes in the cause chain", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9000"), { code: "ECONNREFUSED" });
    expect(isBackendDownError(new Error("wrapped", { cause: refused }))).toBe(true);
    const dns = Object.assign(new Error("getaddrinfo ENOTFOUND backend"), { code: "ENOTFOUND" });
    expect(isBackendDownError(dns)).toBe(true);
    const both = new AggregateError([refused, refused], "all failed");
    expect(isBackendDownError(both)).toBe(true);
  });

  it("treats SDK FetchErrors with no status or a 5xx status as down", () => {
    expect(isBackendDownError(new FetchError("boom", "Internal Server Error", 500))).toBe(true);
    expect(isBackendDownError(new FetchError("bad gateway", "Bad Gateway", 502))).toBe(true);
    expect(isBackendDownError(new FetchError("unavailable", "Service Unavailable", 503))).toBe(true);
    expect(isBackendDownError(new FetchError("no answer", undefined, undefined))).toBe(true);
  });

  it("does not treat client errors as down", () => {
    expect(isBackendDownError(new FetchError("Not found", "Not Found", 404))).toBe(false);
    expect(isBackendDownError(new FetchError("A valid publishable key is required", "Bad Request", 400))).toBe(false);
    expect(isBackendDownError(new FetchError("Unauthorized", "Unauthorized", 401))).toBe(false);
  });

  it("does not treat programming errors as down", () => {
    expect(isBackendDownError(new TypeError("Cannot read properties of undefined (reading 'map')"))).toBe(false);
    expect(isBackendDownError(new Error("something else"))).toBe(false);
    expect(isBackendDownError(null)).toBe(false);
    expect(isBackendDownError("ECONNREFUSED")).toBe(false);
  });

  it("treats timeouts and a backend without a VND region as unavailable", () => {
    expect(isBackendDownError(new BackendTimeoutError("slow"))).toBe(true);
    expect(isBackendDownError(new BackendNotReadyError("no region"))).toBe(true);
    expect(isBackendDownError(new DOMException("aborted", "AbortError"))).toBe(true);
  });
});

describe("withBackend", () => {
  it("turns an unreachable backend into a thrown 503 response, and logs why", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const port = await closedPort();
    const error = await withBackend(() => fetch(`http://127.0.0.1:${port}/`)).catch((e: unknown) => e);
    expect(thrownStatus(error)).toBe(503);
    expect(log).toHaveBeenCalledWith(expect.stringContaining("ECONNREFUSED"));
    log.mockRestore();
  });

  it("turns a backend 404 into a thrown 404 response", async () => {
    const error = await withBackend(() => Promise.reject(new FetchError("Not found", "Not Found", 404))).catch(
      (e: unknown) => e,
    );
    expect(thrownStatus(error)).toBe(404);
  });

  it("re-throws other errors unchanged and passes results through", async () => {
    const bug = new TypeError("bug");
    await expect(withBackend(() => Promise.reject(bug))).rejects.toBe(bug);
    await expect(withBackend(async () => 42)).resolves.toBe(42);
  });

  it("does not produce route error responses for programming errors", async () => {
    const error = await withBackend(() => Promise.reject(new Error("x"))).catch((e: unknown) => e);
    expect(isRouteErrorResponse(error)).toBe(false);
    expect(thrownStatus(error)).toBeUndefined();
  });
});

describe("withTimeout", () => {
  it("rejects with BackendTimeoutError when the call is too slow", async () => {
    const never = new Promise<never>(() => {});
    await expect(withTimeout(never, 10)).rejects.toBeInstanceOf(BackendTimeoutError);
  });

  it("resolves when the call is fast enough", async () => {
    await expect(withTimeout(Promise.resolve("ok"), 1000)).resolves.toBe("ok");
  });
});
