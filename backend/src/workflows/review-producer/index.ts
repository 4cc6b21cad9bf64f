import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { updateProducerWorkflow } from "../update-producer"

export type ProducerDecision = "approve" | "reject" | "suspend" | "reinstate"
export type ReviewProducerInput = { id: string; decision: ProducerDecision; reason?: string | null }

// Which status each decision may start from, and where it leads.
const TRANSITIONS: Record<ProducerDecision, { from: string[]; to: "approved" | "rejected" | "suspended" }> = {
  approve: { from: ["pending", "rejected"], to: "approved" },
  reject: { from: ["pending"], to: "rejected" },
  suspend: { from: ["approved"], to: "suspended" },
  reinstate: { from: ["suspended"], to: "approved" },
}

const STATUS_LABEL: Record<string, string> = {
  pending: "đang chờ duyệt",
  approved: "đã được duyệt",
  rejected: "đã bị từ chối",
  suspended: "đang bị tạm ngừng",
}

const assertTransitionStep = createStep("assert-producer-transition", async (input: ReviewProducerInput, { container }) => {
  const [producer] = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducers({ id: input.id })
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy chủ thể ${input.id}.`)
  if (!TRANSITIONS[input.decision].from.includes(producer.status)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Không thể thực hiện: chủ thể ${STATUS_LABEL[producer.status]}.`)
  }
  return new StepResponse(producer)
})

/** An officer approves, rejects (with a reason), suspends (with a reason) or reinstates a producer. */
export const reviewProducerWorkflow = createWorkflow("review-producer", (input: ReviewProducerInput) => {
  assertTransitionStep(input)
  const producer = updateProducerWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => {
      const status = TRANSITIONS[input.decision].to
      return {
        id: input.id,
        status,
        ...(status === "rejected" ? { rejection_reason: input.reason ?? null } : {}),
        ...(status === "suspended" ? { suspension_reason: input.reason ?? null } : {}),
      }
    }),
  })
  return new WorkflowResponse(producer)
})
