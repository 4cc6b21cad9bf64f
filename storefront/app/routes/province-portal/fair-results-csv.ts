import type { Route } from "./+types/fair-results-csv";
import { attachmentDisposition, fairCsvFilename } from "../../lib/fair-csv";
import { isPortalApiError } from "../../lib/portal-api.server";
import { toLogin } from "../../lib/portal-session.server";
import { PROVINCE_LOGIN_PATH } from "../../lib/portal";
import { fetchFairResultsCsv, getProvinceFair } from "../../lib/province-fairs.server";
import { officerClient } from "../../lib/province-portal.server";

/** Resource route: the fair's results CSV from the backend (officer's token), as a download. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const client = await officerClient(request);
  try {
    const [{ fair }, csv] = await Promise.all([getProvinceFair(client, params.id), fetchFairResultsCsv(client, params.id)]);
    return new Response(csv.body, {
      headers: {
        "Content-Type": csv.contentType,
        "Content-Disposition": attachmentDisposition(fairCsvFilename(fair)),
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (isPortalApiError(error, 401)) throw await toLogin(request, "officer", PROVINCE_LOGIN_PATH);
    if (isPortalApiError(error)) return new Response(error.message, { status: error.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw error;
  }
}
