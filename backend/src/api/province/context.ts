import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OFFICER_MODULE } from "../../modules/officer"
import type OfficerModuleService from "../../modules/officer/service"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

export type OfficerContext = { officer: { id: string; name: string; email: string; province_code: string } }

/** The officer behind the login; every /province route is limited to its province through this. */
export async function loadOfficerContext(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const [officer] = await req.scope
    .resolve<OfficerModuleService>(OFFICER_MODULE)
    .listProvinceOfficers({ id: req.auth_context.actor_id })
  if (!officer) return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Tài khoản cán bộ không còn hiệu lực."))
  ;(req as any).officerContext = { officer } satisfies OfficerContext
  next()
}

export const officerContext = (req: AuthenticatedMedusaRequest) => (req as any).officerContext as OfficerContext

/** A producer of the officer's province, or 404: producers elsewhere are not found, never shown or changed. */
export async function provinceProducer(req: AuthenticatedMedusaRequest, producerId: string) {
  const [producer] = await req.scope
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducers({ id: producerId, province_code: officerContext(req).officer.province_code })
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy chủ thể ${producerId} trong tỉnh.`)
  return producer
}

/** Ids of every producer in the officer's province. */
export async function provinceProducerIds(req: AuthenticatedMedusaRequest) {
  const producers = await req.scope
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducers({ province_code: officerContext(req).officer.province_code }, { select: ["id"] })
  return producers.map((p) => p.id)
}
