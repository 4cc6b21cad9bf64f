#!/usr/bin/env node
// `npm run db:reset`: deletes the embedded PostgreSQL data and uploaded files; the next `npm start` seeds a fresh store.
import { existsSync, rmSync } from "node:fs"
import path from "node:path"
import { backendDir } from "./lib/paths.mjs"
import { stackSettings } from "./lib/stack.mjs"

const { dataDir } = stackSettings()
for (const folder of [dataDir, path.join(backendDir, "static")]) {
  if (!existsSync(folder)) continue
  rmSync(folder, { recursive: true, force: true })
  console.log(`Deleted ${folder}.`)
}
console.log("The next `npm start` creates and seeds a new store.")
