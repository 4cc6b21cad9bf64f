import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { GEO_MODULE } from "../../modules/geo"
import type GeoModuleService from "../../modules/geo/service"
import { nfc } from "../../utils/nfc"
import provincesData from "./data/provinces.json"
import communesData from "./data/communes.json"
import regionsData from "./data/origin-regions.json"

/** The 2025 map: 34 provinces, the 63 old ones they absorbed, the seeded communes, and origin regions. */
export async function seedGeography(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const geo = container.resolve<GeoModuleService>(GEO_MODULE)
  const provinces = nfc(provincesData.provinces)
  logger.info(`Seeding ${provinces.length} provinces and their former provinces…`)
  await geo.createProvinces(
    provinces.map(({ code, name, full_name, kind, slug }) => ({ code, name, full_name, kind: kind as "province" | "city", slug }))
  )
  await geo.createLegacyProvinces(
    provinces.flatMap((province) =>
      province.merged_from.map((old) => ({ code: old.code, name: old.name, slug: old.slug, merged_into_code: province.code }))
    )
  )
  await geo.createCommunes(
    nfc(communesData.communes).map((c) => ({ ...c, kind: c.kind as "xa" | "phuong" | "dac_khu" }))
  )
  const regions = await geo.createOriginRegions(
    nfc(regionsData.regions).map((r) => ({ ...r, kind: r.kind as "geographical_indication" | "region" }))
  )
  return { regionIdBySlug: new Map(regions.map((r) => [r.slug, r.id])) }
}
