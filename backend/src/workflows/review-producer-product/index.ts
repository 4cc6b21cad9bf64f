import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"

export type ReviewProducerProductInput = { id: string; decision: "approve" | "reject"; note?: string | null }

const assertProposedStep = createStep("assert-product-proposed", async ({ id }: { id: string }, { container }) => {
  const [product] = await container.resolve(Modules.PRODUCT).listProducts({ id }, { select: ["id", "status", "metadata"] })
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy sản phẩm ${id}.`)
  if (product.status !== ProductStatus.PROPOSED) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Sản phẩm này không còn chờ duyệt.")
  }
  return new StepResponse(product)
})

/**
 * An officer publishes a producer's new product or sends it back with a reason
 * (kept in the product's metadata as `moderation_note`).
 */
export const reviewProducerProductWorkflow = createWorkflow(
  "review-producer-product",
  (input: ReviewProducerProductInput) => {
    const product = assertProposedStep(input)
    updateProductsWorkflow.runAsStep({
      input: transform({ input, product }, ({ input, product }) => ({
        selector: { id: input.id },
        update: {
          status: input.decision === "approve" ? ProductStatus.PUBLISHED : ProductStatus.REJECTED,
          metadata: { ...(product.metadata ?? {}), moderation_note: input.decision === "reject" ? input.note ?? null : null },
        },
      })),
    })
    return new WorkflowResponse(transform({ input }, ({ input }) => input.id))
  }
)
