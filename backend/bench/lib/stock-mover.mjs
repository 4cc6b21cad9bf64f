// What orders do to stock during a busy fair, a few times a second while search is measured: a unit of
// some product reserved, later released. Through Medusa's admin API, so each change runs the workflows
// and emits the events an order's reservation does, and every cache hears of it as it would.
import pg from "pg"

const HELD = 3 // reservations kept at once; the oldest is released before a new one is made

/** Starts moving stock `perSecond` times a second; `stop()` releases what is held and reports the count. */
export async function startStockMover({ base, databaseUrl, email, password, perSecond = 5 }) {
  const login = await fetch(`${base}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  if (!login.ok) throw new Error(`stock mover: admin login answered ${login.status}`)
  const headers = { authorization: `Bearer ${(await login.json()).token}`, "content-type": "application/json" }

  // Stock levels with room to spare, so no product runs out because of the bench.
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const { rows: levels } = await client.query(
    `select inventory_item_id, location_id from inventory_level
      where deleted_at is null and stocked_quantity - reserved_quantity > 20 order by inventory_item_id limit 200`
  )
  await client.end()
  if (!levels.length) throw new Error("stock mover: no stock level with room to spare")

  const held = []
  const counts = { changes: 0, errors: 0 }
  const started = Date.now()
  // Every reservation this run makes says so, so stop() can find one whose answer never came back.
  const description = `bench stock mover ${new Date(started).toISOString()}`
  let running = true
  const call = async (method, route, body) => {
    const response = await fetch(base + route, { method, headers, body: body && JSON.stringify(body) })
    if (!response.ok) throw new Error(`${method} ${route}: ${response.status}`)
    return response.json()
  }
  const step = async (i) => {
    if (held.length >= HELD) {
      // Forgotten only once released: a failed release is tried again at the next step or at stop().
      await call("DELETE", `/admin/reservations/${held[0]}`)
      held.shift()
    } else {
      const level = levels[i % levels.length]
      const { reservation } = await call("POST", "/admin/reservations", { ...level, quantity: 1, description })
      held.push(reservation.id)
    }
  }
  const loop = (async () => {
    for (let i = 0; running; i++) {
      const due = started + (i * 1000) / perSecond
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())))
      if (!running) break
      await step(i).then(() => counts.changes++, () => counts.errors++)
    }
  })()

  return {
    async stop() {
      running = false
      await loop
      const seconds = (Date.now() - started) / 1000
      // What this run reserved and did not release (held, or made while its answer failed), through the API.
      const db = new pg.Client({ connectionString: databaseUrl })
      await db.connect()
      const { rows: left } = await db
        .query("select id from reservation_item where description = $1 and deleted_at is null", [description])
        .finally(() => db.end())
      for (const { id } of left) await call("DELETE", `/admin/reservations/${id}`).catch(() => counts.errors++)
      return { stock_changes: counts.changes, stock_change_errors: counts.errors, reservations_released_at_stop: left.length, stock_changes_per_s: Math.round((counts.changes / seconds) * 10) / 10 }
    },
  }
}
