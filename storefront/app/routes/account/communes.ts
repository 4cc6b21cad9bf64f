import type { Route } from "./+types/communes";
import { communeOptions } from "../../lib/account-addresses.server";

/** Resource route: a province's communes as JSON (`?province_code=01`), for the address form's second select. */
export async function loader({ request }: Route.LoaderArgs) {
  const provinceCode = new URL(request.url).searchParams.get("province_code") ?? "";
  const communes = await communeOptions(provinceCode);
  return Response.json({ provinceCode, communes }, { headers: { "Cache-Control": "public, max-age=3600" } });
}
