import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

type Decision = { id: string; decision: "approve" | "reject"; note?: string | null; certificate_id?: string | null }

/** Only a pending claim can be decided; undone by putting it back to pending. */
export const decideClaimStep = createStep(
  "decide-certificate-claim",
  async ({ id, decision, note, certificate_id }: Decision, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const [claim] = await ocop.listCertificateClaims({ id })
    if (!claim) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy khai báo chứng nhận ${id}.`)
    if (claim.status !== "pending") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Khai báo này đã được xét duyệt.")
    }
    const updated = await ocop.updateCertificateClaims({
      id,
      status: decision === "approve" ? "approved" : "rejected",
      review_note: note ?? null,
      reviewed_at: new Date(),
      certificate_id: certificate_id ?? null,
    })
    return new StepResponse(updated, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container
      .resolve<OcopModuleService>(OCOP_MODULE)
      .updateCertificateClaims({ id, status: "pending", review_note: null, reviewed_at: null, certificate_id: null })
  }
)
