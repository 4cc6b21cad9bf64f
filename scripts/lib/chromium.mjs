import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

/** Playwright cannot download its browser here; Debian's Chromium is installed with apt when missing. */
export function ensureChromium() {
  if (existsSync(chromiumPath)) return
  if (process.getuid?.() !== 0) {
    throw new Error(`Chromium is missing at ${chromiumPath}: install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`)
  }
  console.log("Installing Chromium with apt-get (first run only)…")
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", "chromium"]]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env })
    if (result.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed`)
  }
}
