import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { publicFair, sessionViews, toFairSummaries } from "../../../../lib/fairs/fair-view"
import { fairFacets, loadFairProducts } from "../../../../lib/fairs/fair-products"
import { approvedBoothViews } from "../../../../lib/fairs/booth-view"

/** GET /store/fairs/:slug?group=&stars= — a fair's page: schedule, booths, products at fair price. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { group, stars } = (req as any).validatedQuery as { group?: string; stars?: number[] }
  const fair = await publicFair(req.scope, req.params.slug)
  const [summary] = await toFairSummaries(req.scope, [fair])
  const booths = await approvedBoothViews(req.scope, fair)
  const all = await loadFairProducts(req, fair, booths)
  const products = all.filter(
    (p) => (!group || p.groups.some((g: any) => g.handle === group || g.parent?.handle === group)) && (!stars?.length || stars.includes(p.ocop.stars ?? 0))
  )
  res.json({
    fair: { ...summary, sessions: sessionViews(fair) },
    booths: booths.map(({ products: boothProducts, ...booth }) => ({ ...booth, product_count: all.filter((p) => p.booth_id === booth.id).length })),
    products,
    facets: fairFacets(all),
  })
}
