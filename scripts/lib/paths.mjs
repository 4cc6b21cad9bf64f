import { existsSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
export const backendDir = path.join(root, "backend")
export const storefrontDir = path.join(root, "storefront")
export const defaultDataDir = path.join(root, ".data", "postgres")

/** A workspace's executable: npm puts it in the workspace when versions clash, else at the root. */
export function bin(name, workspaceDir = root) {
  const local = path.join(workspaceDir, "node_modules", ".bin", name)
  return existsSync(local) ? local : path.join(root, "node_modules", ".bin", name)
}
