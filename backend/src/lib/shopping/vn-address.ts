import { z } from "zod"
import { normalizeVnPhone } from "./vn-phone"

/** A delivery address in Vietnam's 2025 two-level map: province, then commune, then street. */
export const VnAddressInput = z
  .object({
    full_name: z.string({ error: "Vui lòng nhập họ tên người nhận." }).trim().min(2, "Họ tên quá ngắn.").max(100, "Họ tên tối đa 100 ký tự."),
    phone: z
      .string({ error: "Vui lòng nhập số điện thoại." })
      .trim()
      .min(1, "Vui lòng nhập số điện thoại.")
      .transform((value, ctx) => {
        const phone = normalizeVnPhone(value)
        if (!phone) {
          ctx.addIssue({ code: "custom", message: "Số điện thoại không hợp lệ (ví dụ 0912 345 678 hoặc +84 912 345 678)." })
          return z.NEVER
        }
        return phone
      }),
    province_code: z.string({ error: "Vui lòng chọn tỉnh/thành phố." }).regex(/^\d{2}$/, "Vui lòng chọn tỉnh/thành phố."),
    // A commune from the list, or its name typed in when the list doesn't have it yet.
    commune_code: z.string().trim().regex(/^\d{5}$/, "Vui lòng chọn xã/phường.").optional().or(z.literal("").transform(() => undefined)),
    commune_name: z.string().trim().max(100).optional(),
    street: z.string({ error: "Vui lòng nhập số nhà, đường." }).trim().min(3, "Vui lòng nhập số nhà, tên đường hoặc thôn/xóm.").max(200, "Địa chỉ tối đa 200 ký tự."),
  })
  .refine((a) => a.commune_code || a.commune_name, { message: "Vui lòng chọn xã/phường.", path: ["commune_code"] })

export type VnAddressInput = z.infer<typeof VnAddressInput>

export type VnAddress = {
  full_name: string
  phone: string
  province_code: string
  province_name: string
  commune_code: string | null
  commune_name: string
  street: string
}

/** Medusa's address fields: the whole name in first_name; the codes in metadata. */
export function toMedusaAddress(address: VnAddress) {
  return {
    first_name: address.full_name,
    last_name: "",
    phone: address.phone,
    address_1: address.street,
    address_2: address.commune_name,
    city: address.commune_name,
    province: address.province_name,
    country_code: "vn",
    metadata: { province_code: address.province_code, commune_code: address.commune_code },
  }
}

export function fromMedusaAddress(address: any): VnAddress | null {
  if (!address) return null
  return {
    full_name: [address.first_name, address.last_name].filter(Boolean).join(" "),
    phone: address.phone ?? "",
    province_code: address.metadata?.province_code ?? "",
    province_name: address.province ?? "",
    commune_code: address.metadata?.commune_code ?? null,
    commune_name: address.city ?? address.address_2 ?? "",
    street: address.address_1 ?? "",
  }
}
