import crypto from "crypto"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { FAIR_MODULE } from "../../modules/fair"
import type FairModuleService from "../../modules/fair/service"
import { vnDay } from "../../lib/fairs/vn-day"

type Input = { fair_id: string; booth_id?: string | null; visitor: string }

const recordVisitStep = createStep(
  "record-fair-visit",
  async ({ fair_id, booth_id, visitor }: Input, { container }) => {
    const now = new Date()
    // The visitor id is hashed with the fair: it cannot be followed from one fair to another.
    const visitor_hash = crypto.createHash("sha256").update(`${fair_id}:${visitor}`).digest("hex").slice(0, 32)
    const visit = await container
      .resolve<FairModuleService>(FAIR_MODULE)
      .createFairVisits({ fair_id, booth_id: booth_id ?? null, visitor_hash, day: vnDay(now), viewed_at: now })
    return new StepResponse(visit.id, visit.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<FairModuleService>(FAIR_MODULE).deleteFairVisits(id)
  }
)

/** One page view of a fair or one of its booths. */
export const recordFairVisitWorkflow = createWorkflow("record-fair-visit", (input: Input) => new WorkflowResponse(recordVisitStep(input)))
