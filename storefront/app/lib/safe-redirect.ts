/**
 * Only same-site paths may be redirected to: "/san-pham/x?y=1" is fine,
 * "https://evil.example", "//evil.example" and "/\\evil.example" are not.
 */
export function safeRedirectPath(to: unknown, fallback = "/"): string {
  if (typeof to !== "string" || to.length === 0 || to.length > 2048) return fallback;
  if (!to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  // Reject control characters (CR/LF header injection, tabs browsers strip).
  if (/[\u0000-\u001f\u007f]/.test(to)) return fallback;
  try {
    const url = new URL(to, "http://storefront.invalid");
    if (url.origin !== "http://storefront.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** The path and query of `url` without the given search parameter. */
export function withoutSearchParam(pathname: string, search: string, param: string): string {
  const params = new URLSearchParams(search);
  params.delete(param);
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}
