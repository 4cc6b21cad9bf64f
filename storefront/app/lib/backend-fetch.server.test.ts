import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { accountFetch, AccountApiError } from "./account-api.server";
import { backendFetch } from "./backend-fetch.server";
import { portalFetch, PortalApiError } from "./portal-api.server";
import { shopFetch, ShopApiError } from "./shop-api.server";

vi.mock("./medusa.server", () => ({ MEDUSA_BACKEND_URL: "http://backend.test", sdk: { client: { fetch: vi.fn() } } }));

const fetchMock = vi.fn<typeof fetch>();
const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(body === null ? null : JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

beforeEach(() => {
  vi.stubGlobal("fetch", fetchMock);
  vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test");
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("backendFetch", () => {
  it("sends the publishable key, the token and JSON (POST by default), with the query's non-empty values", async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { ok: true }));
    await expect(backendFetch("/store/x", { token: "tok", json: { a: 1 }, query: { q: "trà", empty: "", none: null, n: 2 } }, () => new Error())).resolves.toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe("http://backend.test/store/x?q=tr%C3%A0&n=2");
    expect(init?.method).toBe("POST");
    expect(init?.body).toBe('{"a":1}');
    const headers = init?.headers as Headers;
    expect(headers.get("x-publishable-api-key")).toBe("pk_test");
    expect(headers.get("Authorization")).toBe("Bearer tok");
    expect(headers.get("Content-Type")).toBe("application/json");
  });

  it("GETs without a body or token", async () => {
    fetchMock.mockResolvedValueOnce(answer(200, {}));
    await backendFetch("/store/y", {}, () => new Error());
    const init = fetchMock.mock.calls[0]![1];
    expect(init?.method).toBe("GET");
    expect((init?.headers as Headers).has("Authorization")).toBe(false);
  });

  it("a backend that cannot be reached, or answers 503, is a thrown 503", async () => {
    fetchMock.mockRejectedValueOnce(Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } }));
    await expect(backendFetch("/store/z", {}, () => new Error())).rejects.toMatchObject({ init: { status: 503 } });
    fetchMock.mockResolvedValueOnce(answer(503, { message: "down" }));
    await expect(backendFetch("/store/z", {}, () => new Error())).rejects.toMatchObject({ init: { status: 503 } });
  });
});

describe("the clients' typed errors", () => {
  const refusal = () => answer(400, { type: "invalid_data", message: "Số điện thoại không hợp lệ", fields: { phone: "Số điện thoại không hợp lệ", n: 1 } }, { "Retry-After": "30" });

  it("shop: status, message, type and string fields ({} when none)", async () => {
    fetchMock.mockResolvedValueOnce(refusal());
    const error = await shopFetch("/store/carts", { json: {} }).catch((caught) => caught);
    expect(error).toBeInstanceOf(ShopApiError);
    expect(error).toMatchObject({ status: 400, message: "Số điện thoại không hợp lệ", type: "invalid_data", fields: { phone: "Số điện thoại không hợp lệ" } });
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 404, statusText: "Not Found" })); // no body: the status text
    await expect(shopFetch("/store/carts/x")).rejects.toMatchObject({ status: 404, message: "Not Found", type: null, fields: {} });
  });

  it("account: fields null when none, and the Retry-After", async () => {
    fetchMock.mockResolvedValueOnce(refusal());
    const error = await accountFetch("/store/customers", { json: {} }).catch((caught) => caught);
    expect(error).toBeInstanceOf(AccountApiError);
    expect(error).toMatchObject({ status: 400, fields: { phone: "Số điện thoại không hợp lệ" }, retryAfter: 30 });
    fetchMock.mockResolvedValueOnce(answer(401, { message: "Unauthorized" }));
    await expect(accountFetch("/store/customers/me")).rejects.toMatchObject({ status: 401, fields: null, retryAfter: null });
  });

  it("portal: status, message and type; an upload is sent as is", async () => {
    fetchMock.mockResolvedValueOnce(refusal());
    const form = new FormData();
    form.set("file", "x");
    const error = await portalFetch("/producer/uploads", { form }).catch((caught) => caught);
    expect(error).toBeInstanceOf(PortalApiError);
    expect(error).toMatchObject({ status: 400, message: "Số điện thoại không hợp lệ", type: "invalid_data" });
    const init = fetchMock.mock.calls[0]![1];
    expect(init?.method).toBe("POST");
    expect(init?.body).toBe(form);
    expect((init?.headers as Headers).has("Content-Type")).toBe(false);
  });
});
