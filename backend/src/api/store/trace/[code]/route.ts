import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TRACE_MODULE } from "../../../../modules/trace"
import type TraceModuleService from "../../../../modules/trace/service"
import { normalizeStampCode } from "../../../../modules/trace/stamp-code"
import { loadProductViews } from "../../../../lib/ocop-catalog/product-view"
import { loadProducerViews } from "../../../../lib/ocop-catalog/producer-view"
import { priceContext } from "../../../../lib/ocop-catalog/price-context"
import { traceVerdict } from "../../../../lib/trace/verdict"

/**
 * GET /store/trace/:code — what a QR stamp opens. Every call counts as a scan.
 * An unknown code is a 404 whose body still carries a verdict for the page.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const code = normalizeStampCode(req.params.code)
  const trace = req.scope.resolve<TraceModuleService>(TRACE_MODULE)
  const stamp = await trace.recordScan(code)
  if (!stamp) {
    return res.status(404).json({
      verdict: "unknown",
      code,
      message: "Mã tem không có trong hệ thống Chợ OCOP. Sản phẩm có thể là hàng giả.",
    })
  }
  const lot = await trace.retrieveStampLot(stamp.lot_id, { relations: ["events"] })
  const now = new Date()
  const [{ products }, { producers }] = await Promise.all([
    loadProductViews(req.scope, { id: lot.product_id }, { price: await priceContext(req), now }),
    loadProducerViews(req.scope, { id: lot.producer_id }),
  ])
  const product = products[0] ?? null
  const ocopStatus = product?.ocop.status ?? "none"
  res.json({
    verdict: traceVerdict(stamp.scan_count, ocopStatus),
    code,
    scans: { count: stamp.scan_count, first_scanned_at: stamp.first_scanned_at },
    product: product && {
      id: product.id,
      handle: product.handle,
      title: product.title,
      subtitle: product.subtitle,
      thumbnail: product.thumbnail,
      groups: product.groups,
      origin: product.origin,
      ocop: { is_ocop: product.ocop.is_ocop, stars: product.ocop.stars, status: ocopStatus, certificate: product.ocop.certificate },
    },
    producer: producers[0] ?? null,
    lot: {
      lot_code: lot.lot_code,
      produced_at: lot.produced_at,
      expires_at: lot.expires_at,
      quantity: lot.quantity,
      events: [...lot.events]
        .sort((a, b) => new Date(a.occurred_at).getTime() - new Date(b.occurred_at).getTime())
        .map(({ type, occurred_at, location, note }) => ({ type, occurred_at, location, note })),
    },
  })
}
