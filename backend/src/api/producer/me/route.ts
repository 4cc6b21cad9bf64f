import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerContext } from "../context"

/** GET /producer/me — the member and its producer (status, reasons, papers). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { member, producer } = producerContext(req)
  res.json({ member, producer })
}
