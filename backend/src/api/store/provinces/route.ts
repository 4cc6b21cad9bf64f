import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadGeoIndex } from "../../../lib/ocop-catalog/geo-index"

/** GET /store/provinces — the 34 provinces, the old provinces in each, and how many products each sells. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // Counted in the database: reading every producer's products to count them grows with the catalogue.
  const [geo, { rows }] = await Promise.all([
    loadGeoIndex(req.scope),
    knex.raw(
      `select pr.province_code, count(distinct pr.id)::int as producers,
              count(p.id) filter (where p.status = 'published')::int as products
         from producer pr
         left join product_product_producer_producer pp on pp.producer_id = pr.id and pp.deleted_at is null
         left join product p on p.id = pp.product_id and p.deleted_at is null
        where pr.status = 'approved' and pr.deleted_at is null
        group by pr.province_code`
    ),
  ])
  const counts = new Map<string, { products: number; producers: number }>(
    rows.map((r: any) => [r.province_code, { products: r.products, producers: r.producers }])
  )
  res.json({
    provinces: geo.provinces.map((province) => ({
      ...province,
      product_count: counts.get(province.code)?.products ?? 0,
      producer_count: counts.get(province.code)?.producers ?? 0,
    })),
  })
}
