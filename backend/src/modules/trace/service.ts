import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import LotEvent from "./models/lot-event"
import Stamp from "./models/stamp"
import StampLot from "./models/stamp-lot"

type ScannedStamp = { id: string; code: string; scan_count: number; lot_id: string; first_scanned_at: Date }

class TraceModuleService extends MedusaService({ StampLot, Stamp, LotEvent }) {
  /**
   * Counts one scan in a single UPDATE, so that concurrent scans are never
   * lost. Returns null when no stamp has this code.
   */
  @InjectManager()
  async recordScan(code: string, @MedusaContext() sharedContext: Context = {}): Promise<ScannedStamp | null> {
    const manager = sharedContext.manager as any
    const rows: ScannedStamp[] = await manager.execute(
      `update stamp
          set scan_count = scan_count + 1,
              first_scanned_at = coalesce(first_scanned_at, now()),
              last_scanned_at = now(),
              updated_at = now()
        where code = ? and deleted_at is null
        returning id, code, scan_count, lot_id, first_scanned_at`,
      [code]
    )
    return rows[0] ?? null
  }
}

export default TraceModuleService
