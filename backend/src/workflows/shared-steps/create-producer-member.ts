import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

export type CreateProducerMemberInput = { producer_id: string; name: string; email: string; role: "owner" | "staff" }

export const createProducerMemberStep = createStep(
  "create-producer-member",
  async (input: CreateProducerMemberInput, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const [existing] = await producers.listProducerMembers({ email: input.email })
    if (existing) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Email ${input.email} đã là thành viên của một chủ thể.`)
    const member = await producers.createProducerMembers({
      name: input.name,
      email: input.email,
      role: input.role,
      producer_id: input.producer_id,
    } as any)
    return new StepResponse(member, member.id)
  },
  async (memberId, { container }) => {
    if (!memberId) return
    await container.resolve<ProducerModuleService>(PRODUCER_MODULE).deleteProducerMembers(memberId)
  }
)
