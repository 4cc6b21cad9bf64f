import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { FAIR_MODULE } from "../../modules/fair"
import type FairModuleService from "../../modules/fair/service"

type Input = { fair_id: string; booth_id: string; product_ids: string[] }

const featureStep = createStep(
  "feature-booth-products",
  async ({ fair_id, booth_id, product_ids }: Input, { container }) => {
    const fairs = container.resolve<FairModuleService>(FAIR_MODULE)
    const [booth] = await fairs.listBooths({ id: booth_id, fair_id }, { relations: ["products"] })
    if (!booth) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy gian hàng.")
    const products = (booth as any).products ?? []
    const before = products.map((p: any) => ({ id: p.id, featured: p.featured }))
    await fairs.updateBoothProducts(products.map((p: any) => ({ id: p.id, featured: product_ids.includes(p.product_id) })))
    return new StepResponse(booth_id, before)
  },
  async (before, { container }) => {
    if (before?.length) await container.resolve<FairModuleService>(FAIR_MODULE).updateBoothProducts(before)
  }
)

/** The organiser picks a booth's featured products (shown first on the fair page). */
export const featureBoothProductsWorkflow = createWorkflow("feature-booth-products", (input: Input) => new WorkflowResponse(featureStep(input)))
