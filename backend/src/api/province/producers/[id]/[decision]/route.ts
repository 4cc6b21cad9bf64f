import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { reviewProducerWorkflow, type ProducerDecision } from "../../../../../workflows/review-producer"
import { updateProducerWorkflow } from "../../../../../workflows/update-producer"
import { provinceProducer } from "../../../context"

const DECISIONS = ["approve", "reject", "suspend", "reinstate", "trust"]

/** POST /province/producers/:id/{approve|reject|suspend|reinstate|trust} */
export async function POST(req: AuthenticatedMedusaRequest<{ reason?: string; trusted?: boolean }>, res: MedusaResponse) {
  const decision = req.params.decision
  if (!DECISIONS.includes(decision)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có thao tác "${decision}".`)
  const producer = await provinceProducer(req, req.params.id)
  const { reason, trusted } = req.validatedBody
  if (decision === "trust") {
    if (typeof trusted !== "boolean") throw new MedusaError(MedusaError.Types.INVALID_DATA, "Cần chọn tin cậy hay không (trusted).")
    const { result } = await updateProducerWorkflow(req.scope).run({ input: { id: producer.id, trusted } })
    return res.json({ producer: result })
  }
  if ((decision === "reject" || decision === "suspend") && !reason) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, decision === "reject" ? "Cần ghi lý do từ chối." : "Cần ghi lý do tạm ngừng.")
  }
  const { result } = await reviewProducerWorkflow(req.scope).run({
    input: { id: producer.id, decision: decision as ProducerDecision, reason },
  })
  res.json({ producer: result })
}
