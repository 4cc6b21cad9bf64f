/**
 * The fair visitor cookie: an opaque random id (the backend keeps only its
 * hash) so the fair's results can count unique visitors. HTTP-only,
 * SameSite=Lax, a year long, secure in production. No personal data.
 */
import { createCookie } from "react-router";

const ONE_YEAR_IN_SECONDS = 60 * 60 * 24 * 365;
const VISITOR_ID = /^[A-Za-z0-9-]{16,64}$/;

export const fairVisitorCookie = createCookie("__ocop_fair_visitor", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  secure: process.env.NODE_ENV === "production",
  maxAge: ONE_YEAR_IN_SECONDS,
});

/** The request's visitor id, or a new one with the Set-Cookie header that keeps it. */
export async function fairVisitor(request: Request): Promise<{ visitor: string; setCookie: string | null }> {
  const current: unknown = await fairVisitorCookie.parse(request.headers.get("Cookie"));
  if (typeof current === "string" && VISITOR_ID.test(current)) return { visitor: current, setCookie: null };
  const visitor = crypto.randomUUID();
  return { visitor, setCookie: await fairVisitorCookie.serialize(visitor) };
}
