import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

export type ProducerContext = {
  member: { id: string; name: string; email: string; role: "owner" | "staff" }
  producer: { id: string; name: string; slug: string; status: string; trusted: boolean; province_code: string } & Record<string, any>
}

/** The member behind the login and its producer; every /producer route reads only through this. */
export async function loadProducerContext(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const producers = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [member] = await producers.listProducerMembers({ id: req.auth_context.actor_id }, { relations: ["producer"] })
  if (!member) return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Tài khoản không còn thuộc chủ thể nào."))
  const { producer, ...rest } = member as any
  ;(req as any).producerContext = { member: rest, producer } satisfies ProducerContext
  next()
}

export const producerContext = (req: AuthenticatedMedusaRequest) => (req as any).producerContext as ProducerContext

/** Selling needs an approved producer; the message says why not. */
export function requireApprovedProducer(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const { producer } = producerContext(req)
  const why: Record<string, string> = {
    pending: "Hồ sơ chủ thể đang chờ tỉnh duyệt: chưa thể bán hàng.",
    rejected: `Hồ sơ chủ thể đã bị từ chối${producer.rejection_reason ? `: ${producer.rejection_reason}` : ""}.`,
    suspended: `Chủ thể đang bị tạm ngừng${producer.suspension_reason ? `: ${producer.suspension_reason}` : ""}.`,
  }
  if (producer.status !== "approved") return next(new MedusaError(MedusaError.Types.FORBIDDEN, why[producer.status] ?? "Chưa được phép."))
  next()
}

export function requireOwner(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (producerContext(req).member.role !== "owner") {
    return next(new MedusaError(MedusaError.Types.FORBIDDEN, "Chỉ chủ sở hữu mới được quản lý thành viên."))
  }
  next()
}
