import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import Commune from "./models/commune"
import LegacyProvince from "./models/legacy-province"
import OriginRegion from "./models/origin-region"
import Province from "./models/province"
import { foldVietnamese } from "../../utils/fold-vietnamese"

// The 2025 map changes by decree, not by request: every catalogue request reads it, so it is kept in memory.
const MAP_TTL_MS = 10 * 60 * 1000

class GeoModuleService extends MedusaService({ Province, LegacyProvince, Commune, OriginRegion }) {
  private map?: { at: number; value: Promise<{ provinces: any[]; legacy: any[] }> }

  /** All current provinces (by code) and the old provinces merged into them, read at most every ten minutes. */
  async provinceMap(): Promise<{ provinces: any[]; legacy: any[] }> {
    if (!this.map || Date.now() - this.map.at > MAP_TTL_MS) {
      const value = Promise.all([this.listProvinces({}, { order: { code: "ASC" } }), this.listLegacyProvinces({})]).then(
        ([provinces, legacy]) => ({ provinces, legacy })
      )
      this.map = { at: Date.now(), value }
      // A failed read, or a map not seeded yet, is not remembered.
      value.then(
        ({ provinces }) => provinces.length || this.forgetMap(value),
        () => this.forgetMap(value)
      )
    }
    return this.map.value
  }

  private forgetMap(value: Promise<unknown>) {
    if (this.map?.value === value) this.map = undefined
  }

  /**
   * The current province codes a shopper's words point to: a current or old
   * code ("95"), slug ("bac-lieu") or name with or without diacritics
   * ("Bạc Liêu", "bac lieu"). Unknown words give an empty list.
   */
  async resolveProvinceCodes(term: string): Promise<string[]> {
    const wanted = foldVietnamese(term)
    if (!wanted) return []
    const { provinces, legacy } = await this.provinceMap()
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
