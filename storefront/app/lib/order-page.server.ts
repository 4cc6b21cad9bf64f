/** The order confirmation page (`/don-hang/:id?token=`): the order, and keeping it in an account. */
import { data } from "react-router";
import { getFixedT } from "../i18n";
import { getLocale } from "../i18n/i18n.server";
import { accountOrderPath } from "./account";
import { isAccountApiError } from "./account-api.server";
import { EmailTakenError, registerCustomer, startCustomerSession } from "./account-auth.server";
import { shopContext } from "./cart.server";
import { CLAIM_PASSWORD_MIN_LENGTH, claimOffer } from "./order";
import { claimOrder, loadOrder } from "./order.server";
import { isShopApiError } from "./shop-api.server";

const orderTokenOf = (request: Request) => new URL(request.url).searchParams.get("token")?.trim() || null;

export async function orderLoader(request: Request, id: string) {
  const ctx = await shopContext(request);
  const token = orderTokenOf(request);
  const order = await loadOrder(ctx, id, token);
  return data(
    { order, offer: claimOffer(order, !!ctx.token, token), justPlaced: !!token },
    // The link carries the order's token: keep the page out of shared caches and referrers.
    { headers: { "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" } },
  );
}

export type ClaimActionData = { error: { kind: "password" | "emailTaken" | "failed"; message: string } };

/** "register": a new account (password; the order's email and name), then the claim; "attach": the logged-in account's claim. */
export async function orderAction(request: Request, id: string) {
  const form = await request.formData();
  const t = getFixedT(await getLocale(request));
  const ctx = await shopContext(request);
  const token = orderTokenOf(request);
  const order = await loadOrder(ctx, id, token);
  const offer = claimOffer(order, !!ctx.token, token);
  const fail = (kind: ClaimActionData["error"]["kind"], message: string) => data<ClaimActionData>({ error: { kind, message } }, { status: 400 });
  if (!offer || !token) return fail("failed", t("portal.errors.unknownAction"));

  let customerToken = ctx.token;
  if (offer === "register") {
    const password = typeof form.get("password") === "string" ? String(form.get("password")) : "";
    if (password.length < CLAIM_PASSWORD_MIN_LENGTH) return fail("password", t("order.claim.passwordShort"));
    try {
      customerToken = await registerCustomer({ email: order.email, password, full_name: order.shipping_address.full_name, phone: "" });
    } catch (error) {
      if (error instanceof EmailTakenError) return fail("emailTaken", t("order.claim.emailTaken"));
      if (isAccountApiError(error) && error.status < 500) return fail(error.fields?.password ? "password" : "failed", error.fields?.password ?? error.message);
      throw error;
    }
  }
  try {
    await claimOrder(customerToken!, id, token);
  } catch (error) {
    if (isShopApiError(error) && error.status < 500) return fail("failed", t("order.claim.failed", { message: error.message }));
    throw error;
  }
  return startCustomerSession(request, customerToken!, accountOrderPath(id));
}
