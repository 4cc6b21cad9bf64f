import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readableOrder } from "../../../../../lib/shopping/readable-order"

/** GET /store/ocop/orders/:id?token= — for its customer or the holder of the confirmation link; 404 for anyone else. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ order: await readableOrder(req) })
}
