import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { publicFair, toFairSummaries } from "../../../../../../lib/fairs/fair-view"
import { loadFairProducts } from "../../../../../../lib/fairs/fair-products"
import { approvedBoothViews } from "../../../../../../lib/fairs/booth-view"

/** GET /store/fairs/:slug/booths/:number — one producer's booth at the fair. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const fair = await publicFair(req.scope, req.params.slug)
  const booths = await approvedBoothViews(req.scope, fair)
  const booth = booths.find((b) => String(b.number) === req.params.number)
  if (!booth) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy gian hàng.")
  const [summary] = await toFairSummaries(req.scope, [fair])
  const { products: _, ...view } = booth
  res.json({ fair: summary, booth: view, products: await loadFairProducts(req, fair, [booth]) })
}
