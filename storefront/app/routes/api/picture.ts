import type { Route } from "./+types/picture";
import { MEDUSA_BACKEND_URL } from "../../lib/medusa.server";
import { isPictureName, PICTURE_PATH } from "../../lib/pictures";

const PASSED_HEADERS = ["content-type", "content-length", "last-modified", "etag"];

/**
 * Resource route `/static/:file`: a product picture, fetched from the backend
 * (lib/pictures.ts says why). The backend names every upload anew, so a
 * picture never changes: browsers and CDNs may keep it for a year. Behind a
 * reverse proxy, route `/static/` to the backend directly instead.
 */
export async function loader({ params }: Route.LoaderArgs) {
  const name = params.file ?? "";
  if (!isPictureName(name)) return new Response("Not found", { status: 404 });
  const upstream = await fetch(new URL(`${PICTURE_PATH}${name}`, MEDUSA_BACKEND_URL), { signal: AbortSignal.timeout(10_000) }).catch(() => null);
  if (!upstream) return new Response("Picture unavailable", { status: 503, headers: { "Retry-After": "30" } });
  if (!upstream.ok) return new Response("Not found", { status: upstream.status === 404 ? 404 : 502 });
  const headers = new Headers({ "Cache-Control": "public, max-age=31536000, immutable", "X-Content-Type-Options": "nosniff" });
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: 200, headers });
}
