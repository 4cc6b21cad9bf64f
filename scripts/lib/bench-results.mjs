import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { root } from "./paths.mjs"

/** Writes a benchmark's results to `<dir>/<ISO date>.json` (with `date` added) and says where. */
export function saveBenchResults(dir, results) {
  const date = new Date().toISOString()
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${date.replace(/:/g, "-").replace(/\.\d+Z$/, "Z")}.json`)
  writeFileSync(file, JSON.stringify({ date, ...results }, null, 2) + "\n")
  console.log(`\nSaved ${path.relative(root, file)}`)
  return file
}
