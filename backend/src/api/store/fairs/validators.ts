import { z } from "zod"
import { listParam } from "../../validation"

const isoTime = (label: string) => z.string({ error: `Vui lòng nhập ${label}.` }).refine((v) => !Number.isNaN(Date.parse(v)), `${label} không hợp lệ.`)

export const StoreFairQuery = z.object({
  group: z.string().trim().min(1).optional(),
  stars: listParam.pipe(z.array(z.coerce.number<string>().int().min(3).max(5)).optional()),
})

export const FairVisitBody = z.object({ visitor: z.string().min(8).max(200), booth_id: z.string().optional() })

const FairSessionBody = z.object({
  title: z.string().trim().min(2, "Tên phiên quá ngắn.").max(200),
  kind: z.enum(["livestream", "talk", "tasting"]).default("livestream"),
  starts_at: isoTime("giờ bắt đầu phiên"),
  ends_at: isoTime("giờ kết thúc phiên").nullish(),
  link_url: z.string().url("Liên kết không hợp lệ.").nullish(),
  host: z.string().trim().max(200).nullish(),
})

export const CreateFairBody = z.object({
  name: z.string({ error: "Vui lòng nhập tên hội chợ." }).trim().min(3, "Tên hội chợ quá ngắn.").max(200),
  kind: z.enum(["hoi_cho", "tuan_le", "cho_phien"]).default("hoi_cho"),
  description: z.string().trim().max(5000).nullish(),
  banner_url: z.string().url("Địa chỉ ảnh không hợp lệ.").nullish(),
  starts_at: isoTime("thời gian bắt đầu"),
  ends_at: isoTime("thời gian kết thúc"),
  status: z.enum(["draft", "published"]).default("draft"),
})

export const UpdateFairBody = CreateFairBody.partial().extend({
  status: z.enum(["draft", "published", "cancelled"]).optional(),
  sessions: z.array(FairSessionBody).max(50).optional(),
})

export const BoothApplicationBody = z.object({
  note: z.string().trim().max(1000).nullish(),
  products: z
    .array(
      z
        .object({
          product_id: z.string().min(1),
          fair_price: z.number().int("Giá hội chợ là số đồng nguyên.").positive("Giá hội chợ phải lớn hơn 0.").nullish(),
          discount_percent: z.number().int().min(1, "Giảm giá từ 1% đến 90%.").max(90, "Giảm giá từ 1% đến 90%.").nullish(),
        })
        .refine((p) => (p.fair_price == null) !== (p.discount_percent == null), "Mỗi sản phẩm cần một giá hội chợ hoặc một mức giảm (%), không cả hai.")
    )
    .min(1, "Vui lòng chọn ít nhất một sản phẩm."),
})

export const BoothActionBody = z.object({
  number: z.number().int().min(1).max(9999).nullish(),
  reason: z.string().trim().max(1000).nullish(),
  product_ids: z.array(z.string()).optional(),
})
