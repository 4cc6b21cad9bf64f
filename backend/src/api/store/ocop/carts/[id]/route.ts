import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadCartView } from "../../../../../lib/shopping/cart-view"

/** GET /store/ocop/carts/:id — the cart grouped by producer, with each group's delivery. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ cart: await loadCartView(req.scope, req.params.id) })
}
