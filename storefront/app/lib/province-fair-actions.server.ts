/**
 * The officer's fair page posts (`intent`): update (the fair's fields), status
 * (publish / draft / cancel), sessions (the schedule), and per booth (`id`):
 * approve (optional number), reject (reason), featured (ticked products).
 */
import { data } from "react-router";
import { getFixedT } from "../i18n";
import { getLocale } from "../i18n/i18n.server";
import { parseBoothNumber, parseFeatured } from "./booth-form";
import { fairFormErrors } from "./fair-errors";
import { compactFairPayload, parseFairForm, parseSessionRows, sessionPathRenamer } from "./fair-form";
import { isOneOf, STATUS_OF_ACTION } from "./fair-portal";
import { hasErrors, reasonOf, text, type FormErrors } from "./portal";
import { backendFormErrors } from "./portal-actions.server";
import { approveBooth, featureBoothProducts, rejectBooth, updateFair } from "./province-fairs.server";
import { officerClient } from "./province-portal.server";

export type FairActionResult = { ok: true; intent: string; id?: string; message: string } | { ok: false; intent: string; id?: string; errors: FormErrors };

const FAIR_FIELDS = ["name", "kind", "description", "banner_url", "starts_at", "ends_at"];

export async function fairPageAction(request: Request, fairId: string) {
  const client = await officerClient(request);
  const t = getFixedT(await getLocale(request));
  const form = await request.formData();
  const intent = text(form, "intent");
  const id = text(form, "id") || undefined;
  const ok = (message: string): FairActionResult => ({ ok: true, intent, id, message });
  const fail = (errors: FormErrors) => data<FairActionResult>({ ok: false, intent, id, errors }, { status: 400 });
  try {
    switch (intent) {
      case "update": {
        const { payload, errors } = parseFairForm(form);
        if (hasErrors(fairFormErrors(errors, t))) return fail(fairFormErrors(errors, t));
        try {
          await updateFair(client, fairId, compactFairPayload(payload, { clear: true }));
        } catch (error) {
          return fail(backendFormErrors(error, { known: FAIR_FIELDS }));
        }
        return ok(t("fairPortal.province.saved"));
      }
      case "status": {
        const change = text(form, "change");
        if (!isOneOf(["publish", "draft", "cancel"] as const, change)) break;
        const status = STATUS_OF_ACTION[change];
        await updateFair(client, fairId, { status });
        return ok(t(`fairPortal.province.statusDone.${status}`));
      }
      case "sessions": {
        const { sessions, rows, errors } = parseSessionRows(form);
        if (hasErrors(fairFormErrors(errors, t))) return fail(fairFormErrors(errors, t));
        try {
          await updateFair(client, fairId, { sessions });
        } catch (error) {
          return fail(backendFormErrors(error, { rename: sessionPathRenamer(rows) }));
        }
        return ok(t("fairPortal.sessions.saved"));
      }
      case "approve": {
        if (!id) break;
        const { number, errors } = parseBoothNumber(form);
        if (hasErrors(fairFormErrors(errors, t))) return fail(fairFormErrors(errors, t));
        const { booth } = await approveBooth(client, fairId, id, number);
        return ok(t("fairPortal.booths.approved", { number: booth.number ?? number ?? "—" }));
      }
      case "reject": {
        if (!id) break;
        const reason = reasonOf(form);
        if (!reason) return fail(fairFormErrors({ reason: "fairPortal.errors.reasonRequired" }, t));
        await rejectBooth(client, fairId, id, reason);
        return ok(t("fairPortal.booths.rejected"));
      }
      case "featured": {
        if (!id) break;
        await featureBoothProducts(client, fairId, id, parseFeatured(form));
        return ok(t("fairPortal.booths.featuredSaved"));
      }
    }
    return fail({ form: [t("portal.errors.unknownAction")], fields: {} });
  } catch (error) {
    return fail(backendFormErrors(error, { known: ["number", "reason", "product_ids"] }));
  }
}
