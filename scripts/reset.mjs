#!/usr/bin/env node
// `npm run db:reset`: deletes the embedded PostgreSQL data; the next `npm start` seeds a fresh store.
import { rmSync, existsSync } from "node:fs"
import { stackSettings } from "./lib/stack.mjs"

const { dataDir } = stackSettings()
if (!existsSync(dataDir)) {
  console.log(`Nothing to delete: ${dataDir} does not exist.`)
} else {
  rmSync(dataDir, { recursive: true, force: true })
  console.log(`Deleted ${dataDir}. The next \`npm start\` creates and seeds a new database.`)
}
