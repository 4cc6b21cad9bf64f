import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { signUpProducerWorkflow, type SignUpProducerInput } from "../../../workflows/sign-up-producer"

/** POST /producer/signup — a producer signs itself up with its owner's login; pending until its province approves. */
export async function POST(req: MedusaRequest<SignUpProducerInput>, res: MedusaResponse) {
  const { result } = await signUpProducerWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ producer: result.producer, member: result.member })
}
