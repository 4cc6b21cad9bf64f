import { model } from "@medusajs/framework/utils"

/** One page view of a fair or a booth; the visitor is an opaque hash, never a person. */
const FairVisit = model
  .define("fair_visit", {
    id: model.id({ prefix: "fvis" }).primaryKey(),
    fair_id: model.text().index(),
    booth_id: model.text().nullable(),
    visitor_hash: model.text(),
    // The day in Asia/Ho_Chi_Minh (YYYY-MM-DD), for day-by-day results.
    day: model.text(),
    viewed_at: model.dateTime(),
  })
  .indexes([{ on: ["fair_id", "day"] }])

export default FairVisit
