import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { nfc } from "../../utils/nfc"
import { GEO_MODULE } from "../../modules/geo"
import type GeoModuleService from "../../modules/geo/service"
import { OFFICER_MODULE } from "../../modules/officer"
import type OfficerModuleService from "../../modules/officer/service"
import { registerEmailIdentityStep } from "../shared-steps/register-email-identity"

export type CreateProvinceOfficerInput = { name: string; email: string; password: string; province_code: string }

const createOfficerStep = createStep(
  "create-province-officer",
  async (input: Omit<CreateProvinceOfficerInput, "password">, { container }) => {
    const [province] = await container.resolve<GeoModuleService>(GEO_MODULE).listProvinces({ code: input.province_code })
    if (!province) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Không có tỉnh/thành mã ${input.province_code}.`)
    const officers = container.resolve<OfficerModuleService>(OFFICER_MODULE)
    const [existing] = await officers.listProvinceOfficers({ email: input.email })
    if (existing) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Email ${input.email} đã là cán bộ.`)
    const officer = await officers.createProvinceOfficers(input)
    return new StepResponse(officer, officer.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<OfficerModuleService>(OFFICER_MODULE).deleteProvinceOfficers(id)
  }
)

/** The marketplace's admin gives a province's OCOP office a login. */
export const createProvinceOfficerWorkflow = createWorkflow("create-province-officer", (input: CreateProvinceOfficerInput) => {
  const data = transform({ input }, ({ input }) => ({
    name: nfc(input.name),
    email: input.email.trim().toLowerCase(),
    province_code: input.province_code,
  }))
  const officer = createOfficerStep(data)
  const identity = registerEmailIdentityStep(transform({ input, data }, ({ input, data }) => ({ email: data.email, password: input.password })))
  setAuthAppMetadataStep(
    transform({ identity, officer }, ({ identity, officer }) => ({ authIdentityId: identity.id, actorType: "officer", value: officer.id }))
  )
  return new WorkflowResponse(officer)
})
