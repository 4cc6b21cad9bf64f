import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setProvincePolicyWorkflow } from "../../../workflows/set-province-policy"
import { officerContext } from "../context"

/** POST /province/settings — switch automatic approval of new producers on or off for the province. */
export async function POST(req: AuthenticatedMedusaRequest<{ auto_approve_producers: boolean }>, res: MedusaResponse) {
  const { result } = await setProvincePolicyWorkflow(req.scope).run({
    input: { province_code: officerContext(req).officer.province_code, ...req.validatedBody },
  })
  res.json({ settings: { province_code: result.province_code, auto_approve_producers: result.auto_approve_producers } })
}
