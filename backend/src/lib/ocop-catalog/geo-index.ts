import { MedusaContainer } from "@medusajs/framework/types"
import { GEO_MODULE } from "../../modules/geo"
import type GeoModuleService from "../../modules/geo/service"
import { groupBy } from "../../utils/group-by"

export type ProvinceView = { code: string; name: string; full_name: string; slug: string; kind: string; former_names: string[] }
export type CommuneView = { code: string; name: string; kind: string }

/** Provinces with the old names merged into them, and the communes asked for, by code. */
export async function loadGeoIndex(container: MedusaContainer, communeCodes: string[] = []) {
  const geo = container.resolve<GeoModuleService>(GEO_MODULE)
  const [{ provinces, legacy }, communes] = await Promise.all([
    geo.provinceMap(),
    communeCodes.length ? geo.listCommunes({ code: communeCodes }) : Promise.resolve([]),
  ])
  const legacyByProvince = groupBy(legacy, (l) => l.merged_into_code)
  const province = new Map<string, ProvinceView>(
    provinces.map((p) => [
      p.code,
      {
        code: p.code,
        name: p.name,
        full_name: p.full_name,
        slug: p.slug,
        kind: p.kind,
        // The old provinces that now form this one, its own old self excluded.
        former_names: (legacyByProvince.get(p.code) ?? []).map((l) => l.name).filter((name) => name !== p.name),
      },
    ])
  )
  const commune = new Map<string, CommuneView>(communes.map((c) => [c.code, { code: c.code, name: c.name, kind: c.kind }]))
  return { province, commune, provinces: [...province.values()] }
}
