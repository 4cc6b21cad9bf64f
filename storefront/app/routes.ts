import { type RouteConfig, index, route } from "@react-router/dev/routes";

/** Explicit route table; paths are Vietnamese. */
export default [
  index("routes/shop/home.tsx"),
  route("san-pham/:handle", "routes/shop/product.tsx"),
  // Resource route: POST (or GET ?lng=) sets the `lng` cookie and redirects back.
  route("doi-ngon-ngu", "routes/language.ts"),
  // Everything else: a friendly 404 page.
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
