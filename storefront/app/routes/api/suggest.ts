import type { Route } from "./+types/suggest";
import { EMPTY_SUGGESTIONS, QUERY_PARAM } from "../../lib/search";
import { suggest } from "../../lib/search.server";

/** The status of what a backend helper threw: `data(…, { status })` from withBackend, else 500. */
function thrownStatus(error: unknown): number {
  if (typeof error === "object" && error !== null && "init" in error) {
    const status = (error as { init?: ResponseInit | null }).init?.status;
    if (typeof status === "number") return status;
  }
  return 500;
}

/**
 * Resource route `/goi-y?q=…`: the header search box's instant suggestions
 * as JSON (see `Suggestions` in lib/search.ts). The browser asks the
 * storefront, never the backend. When the backend is down the answer is a
 * 503 with no suggestions: the box then simply shows none.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const q = new URL(request.url).searchParams.get(QUERY_PARAM) ?? "";
  try {
    const suggestions = await suggest(q);
    return Response.json(suggestions, {
      headers: { "Cache-Control": "public, max-age=60", "X-Robots-Tag": "noindex" },
    });
  } catch (error) {
    const status = thrownStatus(error);
    if (status === 500) console.error("[storefront] suggestions failed:", error);
    return Response.json(EMPTY_SUGGESTIONS, {
      status,
      headers: { "Cache-Control": "no-store", ...(status === 503 ? { "Retry-After": "30" } : {}) },
    });
  }
}
