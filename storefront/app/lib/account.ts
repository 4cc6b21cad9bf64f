/**
 * The shopper's account pages (/tai-khoan): paths and where a login may send
 * the shopper back to. Pure: shared by routes, components and unit tests.
 */
import { safeRedirectPath } from "./safe-redirect";

export const ACCOUNT_PATH = "/tai-khoan";
export const ACCOUNT_LOGIN_PATH = `${ACCOUNT_PATH}/dang-nhap`;
export const ACCOUNT_REGISTER_PATH = `${ACCOUNT_PATH}/dang-ky`;
export const ACCOUNT_LOGOUT_PATH = `${ACCOUNT_PATH}/dang-xuat`;
export const ACCOUNT_FORGOT_PATH = `${ACCOUNT_PATH}/quen-mat-khau`;
export const ACCOUNT_RESET_PATH = `${ACCOUNT_PATH}/dat-lai-mat-khau`;
export const ACCOUNT_ADDRESSES_PATH = `${ACCOUNT_PATH}/dia-chi`;
export const ACCOUNT_ORDERS_PATH = `${ACCOUNT_PATH}/don-hang`;
/** Resource route: a province's communes as JSON (`?province_code=`), for the address form. */
export const ACCOUNT_COMMUNES_PATH = `${ACCOUNT_PATH}/xa-phuong`;

export const accountOrderPath = (id: string) => `${ACCOUNT_ORDERS_PATH}/${encodeURIComponent(id)}`;

/** Pages for someone not logged in: never a place to come back to after logging in. */
const GUEST_ONLY_PATHS = [ACCOUNT_LOGIN_PATH, ACCOUNT_REGISTER_PATH, ACCOUNT_LOGOUT_PATH, ACCOUNT_FORGOT_PATH, ACCOUNT_RESET_PATH];

/**
 * Where to go after logging in or registering: a same-site path (checkout, a
 * product, an account page), never another site nor the login pages themselves.
 */
export function accountNext(raw: unknown, fallback: string = ACCOUNT_PATH): string {
  const path = safeRedirectPath(raw, "");
  if (!path) return fallback;
  const pathname = path.split(/[?#]/)[0]!.replace(/\/+$/, "");
  if (GUEST_ONLY_PATHS.some((guest) => pathname === guest)) return fallback;
  return path;
}

/** `/tai-khoan/dang-nhap?next=/thanh-toan` (no `next` when it is the account itself). */
export function accountLoginHref(next: string | null | undefined, base: string = ACCOUNT_LOGIN_PATH): string {
  const safe = next ? accountNext(next, "") : "";
  return safe && safe !== ACCOUNT_PATH ? `${base}?${new URLSearchParams({ next: safe })}` : base;
}

/** `?trang=2` → 2; anything else → 1. */
export function pageParam(url: string | URL): number {
  const raw = Number(new URL(url).searchParams.get("trang"));
  return Number.isInteger(raw) && raw > 1 && raw < 10_000 ? raw : 1;
}
