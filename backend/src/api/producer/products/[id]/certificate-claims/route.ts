import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { claimCertificateWorkflow, type ClaimCertificateInput } from "../../../../../workflows/claim-certificate"
import { assertProducerProduct, claimRow } from "../../../../../lib/portal/product-rows"
import { producerContext } from "../../../context"

/** POST /producer/products/:id/certificate-claims — declare a certificate; stars change once the province approves. */
export async function POST(
  req: AuthenticatedMedusaRequest<Omit<ClaimCertificateInput, "product_id" | "producer_id" | "trusted">>,
  res: MedusaResponse
) {
  const { producer } = producerContext(req)
  await assertProducerProduct(req.scope, producer.id, req.params.id)
  const { result } = await claimCertificateWorkflow(req.scope).run({
    input: { ...req.validatedBody, product_id: req.params.id, producer_id: producer.id, trusted: producer.trusted },
  })
  res.status(201).json({ claim: claimRow(result) })
}
