import { z } from "zod"

export const ProvinceSettings = z.object({ auto_approve_producers: z.boolean({ message: "Chọn bật hoặc tắt" }) })

export const ProvinceProducersQuery = z.object({
  status: z.enum(["pending", "approved", "rejected", "suspended"]).optional(),
})

export const ProvinceProductsQuery = z.object({ state: z.enum(["pending", "approved", "rejected"]).default("pending") })

export const ProvinceClaimsQuery = z.object({ status: z.enum(["pending", "approved", "rejected"]).default("pending") })

export const ProvinceExpiringQuery = z.object({ days: z.coerce.number().int().min(1).max(365).default(60) })

/** approve and reinstate need nothing; reject and suspend need a reason; trust needs the switch. */
export const ProvinceDecision = z.object({
  reason: z.string().trim().min(3, "Cần ghi lý do").optional(),
  trusted: z.boolean().optional(),
})
