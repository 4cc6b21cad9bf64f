import { readFileSync } from "node:fs"
import path from "node:path"
import { backendDir } from "./paths.mjs"

// The seed's own data file names the region, the storefront key and the admin login.
export const seedStore = JSON.parse(
  readFileSync(path.join(backendDir, "src/scripts/seed/data/store.json"), "utf8")
)

// The demo logins of the producer and province portals.
export const portalAccounts = JSON.parse(
  readFileSync(path.join(backendDir, "src/scripts/seed/data/portal-accounts.json"), "utf8")
)

/** Read-only facts the start script needs from the database, straight through pg. */
export async function readStoreFacts(databaseUrl) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    // The seed marks the store as its last step (SEEDED_MARK in backend/src/scripts/seed/store.ts).
    const seeded = await client.query(
      "select 1 from store where metadata->>'cho_ocop_seeded_at' is not null and deleted_at is null limit 1"
    )
    const started = await client.query(
      "select 1 from region where name = $1 and deleted_at is null limit 1",
      [seedStore.region.name.normalize("NFC")]
    )
    const key = await client.query(
      `select token from api_key
        where type = 'publishable' and title = $1 and revoked_at is null and deleted_at is null
        order by created_at limit 1`,
      [seedStore.publishableKeyTitle.normalize("NFC")]
    )
    return {
      seeded: seeded.rowCount > 0,
      // A first run stopped while seeding leaves a store that is neither empty nor complete.
      halfSeeded: seeded.rowCount === 0 && started.rowCount > 0,
      publishableKey: key.rows[0]?.token ?? null,
    }
  } finally {
    await client.end()
  }
}
