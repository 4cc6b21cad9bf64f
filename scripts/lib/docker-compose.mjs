import { spawnSync } from "node:child_process"

/** True when `docker-compose` runs (Debian 12's 1.29 parses files without a Docker engine). */
function composeRuns() {
  const result = spawnSync("docker-compose", ["version", "--short"], { encoding: "utf8" })
  return result.status === 0
}

/** The infra suite needs `docker-compose`; it is installed with apt when missing, as Chromium is. */
export function ensureDockerCompose() {
  if (composeRuns()) return
  if (process.getuid?.() !== 0) {
    throw new Error("docker-compose is missing: install it (sudo apt-get install -y docker-compose).")
  }
  console.log("Installing docker-compose with apt-get (first run only)…")
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", "docker-compose"]]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env })
    if (result.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed`)
  }
  if (!composeRuns()) throw new Error("docker-compose was installed but does not run")
}
