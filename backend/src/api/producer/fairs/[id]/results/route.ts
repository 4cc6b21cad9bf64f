import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { fairService, toFairSummaries } from "../../../../../lib/fairs/fair-view"
import { fairResults } from "../../../../../lib/fairs/results"
import { producerContext } from "../../../context"

/** GET /producer/fairs/:id/results — the producer's own booth's results, nobody else's. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producer } = producerContext(req)
  const [fair] = await fairService(req.scope).listFairs({ id: req.params.id, status: ["published", "cancelled"] }, { relations: ["booths"] })
  const booth = fair?.booths.find((b: any) => b.producer_id === producer.id && b.status === "approved")
  if (!fair || !booth) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không có gian hàng của bạn ở hội chợ này.")
  const [summary] = await toFairSummaries(req.scope, [fair])
  res.json({ fair: summary, ...(await fairResults(req.scope, fair, { boothId: booth.id })) })
}
