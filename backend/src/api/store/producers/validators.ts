import { z } from "zod"
import { listParam } from "../../validation"

export const StoreProducersQuery = z.object({
  province: z.string().trim().min(1).optional(),
  type: listParam.pipe(z.array(z.enum(["enterprise", "cooperative", "cooperative_group", "household"])).optional()),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StoreProducersQuery = z.infer<typeof StoreProducersQuery>
