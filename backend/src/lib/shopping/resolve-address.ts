import type { MedusaContainer } from "@medusajs/framework/types"
import { GEO_MODULE } from "../../modules/geo"
import type GeoModuleService from "../../modules/geo/service"
import { nfc } from "../../utils/nfc"
import type { VnAddress, VnAddressInput } from "./vn-address"

/** Names the province and commune of an address, or says which field is wrong. */
export async function resolveVnAddress(
  container: MedusaContainer,
  input: VnAddressInput
): Promise<{ address: VnAddress } | { fields: Record<string, string> }> {
  const geo = container.resolve<GeoModuleService>(GEO_MODULE)
  const [province] = await geo.listProvinces({ code: input.province_code })
  if (!province) return { fields: { province_code: "Tỉnh/thành phố không có trong danh sách 34 tỉnh, thành." } }
  let communeName = input.commune_name ?? ""
  if (input.commune_code) {
    const [commune] = await geo.listCommunes({ code: input.commune_code })
    if (!commune) return { fields: { commune_code: "Xã/phường không có trong danh sách." } }
    if (commune.province_code !== province.code) return { fields: { commune_code: `Xã/phường ${commune.name} không thuộc ${province.name}.` } }
    communeName = commune.name
  }
  return {
    address: nfc({
      full_name: input.full_name,
      phone: input.phone,
      province_code: province.code,
      province_name: province.name,
      commune_code: input.commune_code ?? null,
      commune_name: communeName,
      street: input.street,
    }),
  }
}
