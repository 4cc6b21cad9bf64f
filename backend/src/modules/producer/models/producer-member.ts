import { model } from "@medusajs/framework/utils"
import Producer from "./producer"

export const MEMBER_ROLES = ["owner", "staff"] as const

/** A person who works in the producer portal for one producer (actor type "producer"). */
const ProducerMember = model.define("producer_member", {
  id: model.id({ prefix: "pmem" }).primaryKey(),
  name: model.text(),
  email: model.text().unique(),
  role: model.enum([...MEMBER_ROLES]).default("staff"),
  producer: model.belongsTo(() => Producer, { mappedBy: "members" }),
})

export default ProducerMember
