import { z } from "zod"
import { AdminCreateCertificate, AdminCreateProducer } from "../admin/validators"

const text = z.string().trim()
const password = z.string().min(8, "Mật khẩu cần ít nhất 8 ký tự").max(128)
const vnd = z.coerce.number().int("Giá là số nguyên đồng").min(1000, "Giá tối thiểu 1.000 ₫").max(1_000_000_000)
const stock = z.coerce.number().int("Tồn kho là số nguyên").min(0, "Tồn kho không âm").max(1_000_000)

export const ProducerSignUp = z.object({
  producer: AdminCreateProducer.omit({
    slug: true,
    status: true,
    suspension_reason: true,
    rejection_reason: true,
    trusted: true,
    logo_url: true,
  }).extend({
    phone: AdminCreateProducer.shape.phone.unwrap().unwrap(),
    address: text.min(5, "Cần địa chỉ sản xuất"),
  }),
  member: z.object({
    name: text.min(2, "Cần họ tên người đăng ký"),
    email: z.email("Email không hợp lệ"),
    password,
  }),
})

export const ProducerNewVariant = z.object({
  title: text.min(1, "Cần tên quy cách (ví dụ: Hộp 250 g)"),
  sku: text.min(1).nullish(),
  price: vnd,
  stock,
})

export const ProducerCreateProduct = z.object({
  title: text.min(3, "Tên sản phẩm quá ngắn").max(200),
  subtitle: text.max(200).nullish(),
  description: text.max(5000).nullish(),
  category_id: text.min(1).nullish(),
  images: z.array(z.url("Đường dẫn ảnh không hợp lệ")).max(10).optional(),
  variants: z
    .array(ProducerNewVariant)
    .min(1, "Cần ít nhất một quy cách đóng gói")
    .max(20)
    .refine((variants) => new Set(variants.map((v) => v.title.toLowerCase())).size === variants.length, {
      message: "Hai quy cách không được trùng tên",
    }),
  certificate: AdminCreateCertificate.nullish(),
})

export const ProducerUpdateProduct = z.object({
  title: text.min(3, "Tên sản phẩm quá ngắn").max(200).optional(),
  subtitle: text.max(200).nullish(),
  description: text.max(5000).nullish(),
  category_id: text.min(1).nullish(),
  images: z.array(z.url("Đường dẫn ảnh không hợp lệ")).max(10).optional(),
  // Change an existing variant by its id, or add a pack size without one.
  variants: z
    .array(z.union([z.object({ id: text.min(1), price: vnd.optional(), stock: stock.optional() }), ProducerNewVariant]))
    .max(20)
    .optional(),
})

export const ProducerClaimCertificate = AdminCreateCertificate

export const ProducerOrdersQuery = z.object({
  status: z.enum(["pending", "confirmed", "shipped", "cancelled"]).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

/** A text the user must fill in: missing and too short say the same thing. */
const required = (message: string, min = 1) => z.string({ error: message }).trim().min(min, message)

export const ProducerShipOrder = z.object({
  carrier: required("Cần tên đơn vị vận chuyển", 2),
  tracking_number: required("Cần mã vận đơn", 3),
})

export const Reason = z.object({ reason: required("Cần ghi lý do", 3) })

export const ProducerAddMember = z.object({
  name: text.min(2, "Cần họ tên"),
  email: z.email("Email không hợp lệ"),
  password,
  role: z.enum(["owner", "staff"]).default("staff"),
})
