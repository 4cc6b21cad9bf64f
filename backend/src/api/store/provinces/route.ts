import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadGeoIndex } from "../../../lib/ocop-catalog/geo-index"

/** GET /store/provinces — the 34 provinces, the old provinces in each, and how many products each sells. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [geo, { data: producers }] = await Promise.all([
    loadGeoIndex(req.scope),
    query.graph({
      entity: "producer",
      fields: ["province_code", "products.status"],
      filters: { status: "approved" },
    }),
  ])
  const counts = new Map<string, { products: number; producers: number }>()
  for (const producer of producers as any[]) {
    const entry = counts.get(producer.province_code) ?? { products: 0, producers: 0 }
    entry.producers += 1
    entry.products += (producer.products ?? []).filter((p: any) => p?.status === "published").length
    counts.set(producer.province_code, entry)
  }
  res.json({
    provinces: geo.provinces.map((province) => ({
      ...province,
      product_count: counts.get(province.code)?.products ?? 0,
      producer_count: counts.get(province.code)?.producers ?? 0,
    })),
  })
}
