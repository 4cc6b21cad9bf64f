import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readableOrder } from "../../../../lib/shopping/readable-order"

/**
 * GET /store/orders/:id — replaces Medusa's route, which hands a whole order
 * (name, phone, address) to anyone who knows its id. Here only its customer or
 * the holder of the confirmation link's token (header `x-order-token`: Medusa's
 * query rules for this path admit no `token`) reads it; anyone else gets 404.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ order: await readableOrder(req) })
}
