import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import Commune from "./models/commune"
import LegacyProvince from "./models/legacy-province"
import OriginRegion from "./models/origin-region"
import Province from "./models/province"
import { foldVietnamese } from "../../utils/fold-vietnamese"

class GeoModuleService extends MedusaService({ Province, LegacyProvince, Commune, OriginRegion }) {
  /**
   * The current province codes a shopper's words point to: a current or old
   * code ("95"), slug ("bac-lieu") or name with or without diacritics
   * ("Bạc Liêu", "bac lieu"). Unknown words give an empty list.
   */
  async resolveProvinceCodes(term: string): Promise<string[]> {
    const wanted = foldVietnamese(term)
    if (!wanted) return []
    const [provinces, legacy] = await Promise.all([
      this.listProvinces({}, { select: ["code", "name", "slug"] }),
      this.listLegacyProvinces({}, { select: ["code", "name", "slug", "merged_into_code"] }),
    ])
    const codes = new Set<string>()
    const matches = (unit: { code: string; slug: string; name: string }) =>
      unit.code === wanted || foldVietnamese(unit.slug) === wanted || foldVietnamese(unit.name) === wanted
    for (const p of provinces) if (matches(p)) codes.add(p.code)
    for (const l of legacy) if (matches(l)) codes.add(l.merged_into_code)
    return [...codes]
  }

  /** Throws a 400 unless the commune exists and lies in the province. */
  async assertLocation(provinceCode: string, communeCode: string): Promise<void> {
    const [province] = await this.listProvinces({ code: provinceCode })
    if (!province) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Mã tỉnh/thành "${provinceCode}" không tồn tại.`)
    }
    const [commune] = await this.listCommunes({ code: communeCode })
    if (!commune) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Mã xã/phường "${communeCode}" không tồn tại.`)
    }
    if (commune.province_code !== provinceCode) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Xã/phường "${commune.name}" không thuộc ${province.name}.`
      )
    }
  }
}

export default GeoModuleService
