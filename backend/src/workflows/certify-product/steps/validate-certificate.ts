import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { certificateProblems } from "../../../modules/ocop/certificate-rules"
import type { CertifyProductInput } from "../index"

export const validateCertificateStep = createStep(
  "validate-certificate",
  async (input: CertifyProductInput, { container }) => {
    const problems = certificateProblems(input)
    if (problems.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "))
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [product],
    } = await query.graph({ entity: "product", fields: ["id"], filters: { id: input.product_id } })
    if (!product) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy sản phẩm ${input.product_id}.`)
    }
    const [duplicate] = await container.resolve<OcopModuleService>(OCOP_MODULE).listCertificates({
      product_id: input.product_id,
      decision_number: input.decision_number,
    })
    if (duplicate) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Sản phẩm này đã có chứng nhận theo quyết định số ${input.decision_number}.`
      )
    }
    return new StepResponse(undefined)
  }
)
