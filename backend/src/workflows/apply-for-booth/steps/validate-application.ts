import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { FAIR_MODULE } from "../../../modules/fair"
import type FairModuleService from "../../../modules/fair/service"
import { fairPhase } from "../../../modules/fair/phase"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { currentCertificate } from "../../../modules/ocop/certificate-status"

export type BoothApplication = {
  fair_id: string
  producer_id: string
  note?: string | null
  products: { product_id: string; fair_price?: number | null; discount_percent?: number | null }[]
}

/**
 * A producer may bring to a published fair that has not ended only its own
 * published products with a certificate in force, each with a fair price
 * below its price or a discount.
 */
export const validateApplicationStep = createStep("validate-booth-application", async (input: BoothApplication, { container }) => {
  const fairs = container.resolve<FairModuleService>(FAIR_MODULE)
  const [fair] = await fairs.listFairs({ id: input.fair_id })
  if (!fair || fair.status !== "published") throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy hội chợ.")
  if (fairPhase(fair) === "ended") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Hội chợ đã kết thúc, không thể đăng ký gian hàng.")
  const [existing] = await fairs.listBooths({ fair_id: fair.id, producer_id: input.producer_id })
  if (existing && existing.status !== "pending") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, existing.status === "approved" ? "Gian hàng đã được duyệt." : "Đơn đăng ký đã bị từ chối.")
  }
  const ids = input.products.map((p) => p.product_id)
  if (new Set(ids).size !== ids.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Mỗi sản phẩm chỉ đăng ký một lần.")
  const { data: products } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "status", "producer.id", "variants.variant_rank", "variants.price_set.prices.amount", "variants.price_set.prices.currency_code", "variants.price_set.prices.price_list_id"],
    filters: { id: ids },
  })
  const certificates = await container.resolve<OcopModuleService>(OCOP_MODULE).listCertificates({ product_id: ids })
  for (const wanted of input.products) {
    const product: any = products.find((p: any) => p.id === wanted.product_id)
    if (!product || product.producer?.id !== input.producer_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy sản phẩm của chủ thể.")
    if (product.status !== "published") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${product.title}: sản phẩm chưa được duyệt bán.`)
    if (!currentCertificate(certificates.filter((c) => c.product_id === product.id), new Date())) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${product.title}: chưa có giấy chứng nhận OCOP còn hiệu lực.`)
    }
    const first = [...(product.variants ?? [])].sort((a: any, b: any) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))[0]
    const regular = (first?.price_set?.prices ?? []).find((p: any) => p.currency_code === "vnd" && !p.price_list_id)
    if (wanted.fair_price != null && regular && wanted.fair_price >= Number(regular.amount)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${product.title}: giá hội chợ phải thấp hơn giá thường (${Number(regular.amount).toLocaleString("vi-VN")} ₫).`)
    }
  }
  return new StepResponse({ existing_booth_id: existing?.id ?? null })
})
