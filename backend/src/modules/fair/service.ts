import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import Booth from "./models/booth"
import BoothProduct from "./models/booth-product"
import Fair from "./models/fair"
import FairSale from "./models/fair-sale"
import FairSession from "./models/fair-session"
import FairVisit from "./models/fair-visit"

export type LiveFairOfProduct = { product_id: string; fair: { slug: string; name: string; ends_at: Date } }

class FairModuleService extends MedusaService({ Fair, FairSession, Booth, BoothProduct, FairVisit, FairSale }) {
  /**
   * For each of these products shown at a fair live at `now` (published, its
   * booth approved, from its start inclusive to its end exclusive), that fair:
   * the product's first booth by when it was put on show. One statement; the
   * search badges read it for every page of hits, where listing booth products
   * with their booths and fairs took the ORM a few milliseconds.
   */
  @InjectManager()
  async liveFairsOfProducts(productIds: string[], now: Date, @MedusaContext() sharedContext: Context = {}): Promise<LiveFairOfProduct[]> {
    if (!productIds.length) return []
    const manager = sharedContext.manager as any
    const rows: { product_id: string; slug: string; name: string; ends_at: Date }[] = await manager.execute(
      `select distinct on (bp.product_id) bp.product_id, f.slug, f.name, f.ends_at
         from booth_product bp
         join booth b on b.id = bp.booth_id and b.deleted_at is null and b.status = 'approved'
         join fair f on f.id = b.fair_id and f.deleted_at is null and f.status = 'published'
        where bp.product_id in (?) and bp.deleted_at is null and f.starts_at <= ? and f.ends_at > ?
        order by bp.product_id, bp.created_at, bp.id`,
      [productIds, now, now]
    )
    return rows.map(({ product_id, ...fair }) => ({ product_id, fair }))
  }
}

export default FairModuleService
