/**
 * The customer's emailpass auth at Medusa: register, log in, reset a password,
 * and what happens to the shop session when someone logs in.
 */
import { redirect, type Session } from "react-router";
import { accountFetch, AccountApiError, isAccountApiError } from "./account-api.server";
import { isEmailTaken } from "./account-errors";
import type { RegisterValues } from "./account-forms";
import { tokenActorId } from "./auth-token";
import { cartIdOf, commitShopSession, getShopSession, setCartId, setCustomerToken } from "./shop-session.server";

/** A token, or an AccountApiError (401 wrong email or password, 429 too many tries). */
export async function loginCustomer(email: string, password: string): Promise<string> {
  const { token } = await accountFetch<{ token?: string }>("/auth/customer/emailpass", { json: { email, password } });
  if (!token) throw new AccountApiError(401, "no token");
  return token;
}

/** Thrown by registerCustomer when the email already belongs to a customer (and the password is not theirs). */
export class EmailTakenError extends Error {
  override name = "EmailTakenError";
}

async function createCustomer(token: string, values: RegisterValues): Promise<void> {
  await accountFetch("/store/customers", {
    token,
    json: { email: values.email, first_name: values.full_name, last_name: "", ...(values.phone ? { phone: values.phone } : {}) },
  });
}

/**
 * Register → create the customer with that token → log in again for a token
 * that carries the customer. An email Medusa already knows (a producer's
 * login, a half-finished earlier sign-up) is logged in with the password
 * given: without a customer yet, the customer is created; with one, that is
 * simply a login; a wrong password is EmailTakenError.
 */
export async function registerCustomer(values: RegisterValues): Promise<string> {
  let registrationToken: string;
  try {
    const { token } = await accountFetch<{ token?: string }>("/auth/customer/emailpass/register", {
      json: { email: values.email, password: values.password },
    });
    if (!token) throw new AccountApiError(401, "no token");
    registrationToken = token;
  } catch (error) {
    if (!isAccountApiError(error) || !isEmailTaken(error)) throw error;
    let token: string;
    try {
      token = await loginCustomer(values.email, values.password);
    } catch (loginError) {
      if (isAccountApiError(loginError, 401) || isAccountApiError(loginError, 400)) throw new EmailTakenError(values.email);
      throw loginError;
    }
    if (tokenActorId(token)) return token;
    registrationToken = token;
  }
  await createCustomer(registrationToken, values);
  return loginCustomer(values.email, values.password);
}

/** Asks for a reset link. The answer never tells whether the email has an account. */
export async function requestPasswordReset(email: string): Promise<void> {
  try {
    await accountFetch("/auth/customer/emailpass/reset-password", { json: { identifier: email } });
  } catch (error) {
    if (isAccountApiError(error) && error.status < 500) return;
    throw error;
  }
}

/** Sets a new password with the reset link's token; 401 when the link expired or is not valid. */
export async function updatePassword(resetToken: string, email: string, password: string): Promise<void> {
  await accountFetch("/auth/customer/emailpass/update", { token: resetToken, json: { email, password } });
}

/**
 * The guest cart of this session joins the customer (their items merge into
 * the account). A missing cart is forgotten; a cart the backend will not hand
 * over (completed, someone else's) is left as it is.
 */
export async function transferGuestCart(session: Session, token: string): Promise<void> {
  const cartId = cartIdOf(session);
  if (!cartId) return;
  try {
    await accountFetch(`/store/carts/${encodeURIComponent(cartId)}/customer`, { token, method: "POST" });
  } catch (error) {
    if (isAccountApiError(error, 404)) setCartId(session, null);
    else if (!isAccountApiError(error)) throw error;
    else console.warn(`[storefront] guest cart ${cartId} not transferred: ${error.status} ${error.message}`);
  }
}

/** Logged in: the token goes into the shop session, the guest cart to the customer, then on to `next`. */
export async function startCustomerSession(request: Request, token: string, next: string, prepare?: (session: Session) => void) {
  const session = await getShopSession(request);
  setCustomerToken(session, token);
  await transferGuestCart(session, token);
  prepare?.(session);
  return redirect(next, { headers: { "Set-Cookie": await commitShopSession(session) } });
}
