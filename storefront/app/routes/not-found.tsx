import type { Route } from "./+types/not-found";
import { StatusPage } from "../components/StatusPage";
import { notFound } from "../lib/backend-errors.server";

/**
 * Catch-all route. The loader throws a 404, so the root ErrorBoundary renders
 * the friendly "Không tìm thấy trang" page with HTTP status 404.
 */
export function loader(_: Route.LoaderArgs): never {
  throw notFound();
}

// Never rendered (the loader always throws), but a default export keeps this a
// UI route rather than a resource route.
export default function NotFound() {
  return <StatusPage kind="notFound" />;
}
