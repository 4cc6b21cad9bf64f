import { z } from "zod"
import { OcopProductFiltersSchema } from "../validators"
import { SEARCH_SORTS } from "../../../../lib/ocop-search/search"

const dong = (name: string) =>
  z.coerce
    .number({ error: `${name} phải là một số tiền (đồng)` })
    .int(`${name} phải là số nguyên đồng`)
    .min(0, `${name} không được âm`)
    .optional()

export const StoreOcopSearchQuery = OcopProductFiltersSchema.extend({
  q: z.string().trim().max(200, "Từ khóa tối đa 200 ký tự").default(""),
  price_min: dong("Giá từ"),
  price_max: dong("Giá đến"),
  sort: z.enum(SEARCH_SORTS, { error: `Cách sắp xếp phải là một trong: ${SEARCH_SORTS.join(", ")}` }).optional(),
  limit: z.coerce.number().int().min(1, "Số kết quả mỗi trang từ 1 đến 100").max(100, "Số kết quả mỗi trang từ 1 đến 100").default(24),
  offset: z.coerce.number().int().min(0).default(0),
}).refine((p) => p.price_min === undefined || p.price_max === undefined || p.price_min <= p.price_max, {
  message: "Giá từ phải nhỏ hơn hoặc bằng giá đến",
  path: ["price_min"],
})
export type StoreOcopSearchQuery = z.infer<typeof StoreOcopSearchQuery>

export const StoreOcopSuggestQuery = z.object({
  q: z.string().trim().max(100, "Từ khóa tối đa 100 ký tự").default(""),
})
export type StoreOcopSuggestQuery = z.infer<typeof StoreOcopSuggestQuery>
