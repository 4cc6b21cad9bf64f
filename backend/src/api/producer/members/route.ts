import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { addProducerMemberWorkflow, type AddProducerMemberInput } from "../../../workflows/add-producer-member"
import { producerContext } from "../context"

/** GET /producer/members — the people who work in this producer's portal. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const members = await req.scope
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducerMembers({ producer_id: producerContext(req).producer.id } as any, { order: { created_at: "ASC" } })
  res.json({ members: members.map(({ id, name, email, role, created_at }) => ({ id, name, email, role, created_at })) })
}

/** POST /producer/members — an owner adds a colleague with a login. */
export async function POST(req: AuthenticatedMedusaRequest<Omit<AddProducerMemberInput, "producer_id">>, res: MedusaResponse) {
  const { result } = await addProducerMemberWorkflow(req.scope).run({
    input: { ...req.validatedBody, producer_id: producerContext(req).producer.id },
  })
  res.status(201).json({ member: { id: result.id, name: result.name, email: result.email, role: result.role } })
}
