import { z } from "zod"
import { vnDate } from "../../utils/vn-date"

const date = z
  .string()
  .trim()
  .refine((value) => !Number.isNaN(Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+07:00` : value)), {
    message: "Ngày không hợp lệ (dạng YYYY-MM-DD)",
  })
  .transform((value) => vnDate(value))

const text = z.string().trim()

export const AdminCreateProducer = z.object({
  name: text.min(2, "Tên chủ thể quá ngắn"),
  slug: text.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang").optional(),
  type: z.enum(["enterprise", "cooperative", "cooperative_group", "household"]),
  story: text.nullish(),
  contact_name: text.nullish(),
  phone: text.regex(/^(\+84|0)[\d .]{8,13}$/, "Số điện thoại không đúng định dạng Việt Nam").nullish(),
  email: z.email("Email không hợp lệ").nullish(),
  address: text.nullish(),
  logo_url: z.url().nullish(),
  province_code: text.regex(/^\d{2}$/, "Mã tỉnh gồm 2 chữ số"),
  commune_code: text.regex(/^\d{5}$/, "Mã xã gồm 5 chữ số"),
  status: z.enum(["pending", "approved", "rejected", "suspended"]).optional(),
  suspension_reason: text.nullish(),
  rejection_reason: text.nullish(),
  trusted: z.boolean().optional(),
})

export const AdminUpdateProducer = AdminCreateProducer.partial()
  .refine((body) => (body.province_code === undefined) === (body.commune_code === undefined), {
    message: "Đổi tỉnh thì phải chọn lại xã/phường (gửi cả province_code và commune_code)",
  })
  .refine((body) => body.status !== "suspended" || !!body.suspension_reason, {
    message: "Cần ghi lý do tạm ngừng",
  })

export const AdminProducersQuery = z.object({
  status: z.enum(["pending", "approved", "rejected", "suspended"]).optional(),
  province_code: z.string().optional(),
  q: z.string().trim().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

export const AdminSetProductProducer = z.object({ producer_id: text.min(1, "Chọn một chủ thể") })

export const AdminCreateCertificate = z.object({
  stars: z.coerce.number().int("Hạng sao là số nguyên").min(3, "Hạng sao từ 3 đến 5").max(5, "Hạng sao từ 3 đến 5"),
  score: z.coerce.number().min(0).max(100).nullish(),
  decision_number: text.min(1, "Cần số quyết định"),
  decision_date: date,
  valid_from: date.nullish(),
  expires_at: date.nullish(),
  issuing_body: text.min(1, "Cần cơ quan ban hành"),
  issuer_level: z.enum(["district", "province", "ministry"]),
  evaluation_round: text.nullish(),
  producer_address: text.min(1, "Cần địa chỉ chủ thể như ghi trên quyết định"),
})

export const AdminRevokeCertificate = z.object({
  reason: text.min(3, "Cần ghi lý do thu hồi"),
  revoked_at: date.optional(),
})

export const AdminIssueStampLot = z.object({
  product_id: text.min(1),
  lot_code: text.min(1, "Cần mã lô"),
  produced_at: date,
  expires_at: date.nullish(),
  quantity: z.coerce.number().int().min(1, "Số lượng phải lớn hơn 0"),
  stamps: z.coerce.number().int().min(1).optional(),
  events: z
    .array(
      z.object({
        type: z.enum(["harvest", "processing", "packing", "inspection", "shipping"]),
        occurred_at: date,
        location: text.nullish(),
        note: text.nullish(),
      })
    )
    .optional(),
})

export const AdminCreateProvinceOfficer = z.object({
  name: text.min(2, "Cần họ tên cán bộ"),
  email: z.email("Email không hợp lệ"),
  password: z.string().min(8, "Mật khẩu cần ít nhất 8 ký tự").max(128),
  province_code: text.regex(/^\d{2}$/, "Mã tỉnh gồm 2 chữ số"),
})
