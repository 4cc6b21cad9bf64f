/** The officers' decisions, posted from lists and detail pages alike (`intent`, `id`, `reason`). */
import { data } from "react-router";
import { getFixedT } from "../i18n";
import { getLocale } from "../i18n/i18n.server";
import { text, type FormErrors } from "./portal";
import { backendFormErrors } from "./portal-actions.server";
import { decideClaim, decideProducer, decideProduct, officerClient } from "./province-portal.server";

export type DecisionResult =
  | { ok: true; intent: string; id: string; message: string }
  | { ok: false; intent: string; id: string; errors: FormErrors };

const PRODUCER_INTENTS = ["approve", "reject", "suspend", "reinstate", "trust", "untrust"] as const;

export async function decisionAction(request: Request, kind: "producer" | "product" | "claim") {
  const client = await officerClient(request);
  const t = getFixedT(await getLocale(request));
  const form = await request.formData();
  const intent = text(form, "intent");
  const id = text(form, "id");
  const reason = text(form, "reason");
  const fail = (errors: FormErrors) => data<DecisionResult>({ ok: false, intent, id, errors }, { status: 400 });
  try {
    if (kind === "producer") {
      if (!(PRODUCER_INTENTS as readonly string[]).includes(intent)) return fail({ form: [t("portal.errors.unknownAction")], fields: {} });
      if (intent === "trust" || intent === "untrust") await decideProducer(client, id, "trust", { trusted: intent === "trust" });
      else if (intent === "reject" || intent === "suspend") await decideProducer(client, id, intent, { reason });
      else await decideProducer(client, id, intent as "approve" | "reinstate");
      return { ok: true, intent, id, message: t(`portal.province.done.${intent as (typeof PRODUCER_INTENTS)[number]}`) } satisfies DecisionResult;
    }
    if (intent !== "approve" && intent !== "reject") return fail({ form: [t("portal.errors.unknownAction")], fields: {} });
    if (kind === "product") await decideProduct(client, id, intent, intent === "reject" ? reason : undefined);
    else await decideClaim(client, id, intent, intent === "reject" ? reason : undefined);
    return {
      ok: true,
      intent,
      id,
      message: t(kind === "product" ? `portal.province.done.product_${intent}` : `portal.province.done.claim_${intent}`),
    } satisfies DecisionResult;
  } catch (error) {
    return fail(backendFormErrors(error, { known: ["reason"] }));
  }
}
