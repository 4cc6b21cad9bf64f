import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OFFICER_MODULE } from "../../../modules/officer"
import type OfficerModuleService from "../../../modules/officer/service"
import { createProvinceOfficerWorkflow, type CreateProvinceOfficerInput } from "../../../workflows/create-province-officer"

/** GET /admin/province-officers — every province officer. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const officers = await req.scope.resolve<OfficerModuleService>(OFFICER_MODULE).listProvinceOfficers({}, { order: { province_code: "ASC" } })
  res.json({ officers })
}

/** POST /admin/province-officers — give a province's OCOP office a login. */
export async function POST(req: AuthenticatedMedusaRequest<CreateProvinceOfficerInput>, res: MedusaResponse) {
  const { result } = await createProvinceOfficerWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ officer: result })
}
