import { z } from "zod"
import { listParam } from "../../validation"

export const OcopProductFiltersSchema = z.object({
  stars: listParam.pipe(
    z
      .array(z.coerce.number<string>().int().min(3, "Hạng sao từ 3 đến 5").max(5, "Hạng sao từ 3 đến 5"))
      .optional()
  ),
  province: z.string().trim().min(1).optional(),
  group: z.string().trim().min(1).optional(),
  producer_type: listParam.pipe(
    z.array(z.enum(["enterprise", "cooperative", "cooperative_group", "household"])).optional()
  ),
  producer: z.string().trim().min(1).optional(),
  origin_region: z.string().trim().min(1).optional(),
})

export const StoreOcopProductsQuery = OcopProductFiltersSchema.extend({
  region_id: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(24),
  offset: z.coerce.number().int().min(0).default(0),
  order: z.enum(["newest", "title"]).default("newest"),
})
export type StoreOcopProductsQuery = z.infer<typeof StoreOcopProductsQuery>

export const StoreOcopProductQuery = z.object({ region_id: z.string().optional() })
