import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { fairService } from "../../../lib/fairs/fair-view"
import { officerContext } from "../context"

/** A fair the officer's province organises, or 404: other provinces' fairs are not theirs to see or change. */
export async function ownFair(req: AuthenticatedMedusaRequest, relations: string[] = ["booths", "booths.products", "sessions"]) {
  const [fair] = await fairService(req.scope).listFairs(
    { id: req.params.id, organiser_province_code: officerContext(req).officer.province_code },
    { relations }
  )
  if (!fair) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy hội chợ của tỉnh.")
  return fair
}
