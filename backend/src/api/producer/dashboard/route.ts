import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { loadPortalProducts, producerProductIds } from "../../../lib/portal/product-rows"
import { startOfWeekVn } from "../../../utils/vn-date"
import { producerContext } from "../context"

export const LOW_STOCK = 5

/** GET /producer/dashboard — new orders, this week's revenue, low stock and certificates about to lapse. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producer } = producerContext(req)
  const producers = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [orders, ids] = await Promise.all([
    producers.listProducerOrders(
      { producer_id: producer.id, created_at: { $gte: startOfWeekVn(new Date()) } } as any,
      { select: ["id", "status", "total"] }
    ),
    producerProductIds(req.scope, producer.id),
  ])
  const [, newOrders] = await producers.listAndCountProducerOrders({ producer_id: producer.id, status: "pending" }, { select: ["id"] })
  const products = ids.length ? await loadPortalProducts(req.scope, { id: ids }) : []
  res.json({
    new_orders: newOrders,
    revenue_week: orders.filter((o) => o.status !== "cancelled").reduce((sum, o) => sum + Number(o.total), 0),
    low_stock: products.flatMap((p: any) =>
      p.variants
        .filter((v: any) => v.stock <= LOW_STOCK)
        .map((v: any) => ({ product_id: p.id, title: p.title, variant_title: v.title, stock: v.stock }))
    ),
    expiring_certificates: products
      .filter((p: any) => p.certificate?.status === "expiring")
      .map((p: any) => ({
        product_id: p.id,
        title: p.title,
        decision_number: p.certificate.decision_number,
        expires_at: p.certificate.expires_at,
      })),
  })
}
