#!/usr/bin/env node
// Two storefront builds served in turn against one running backend, under the same load, round
// after round: a comparison that survives the shared machine's speed changing from one minute to
// the next (runs of `npm run bench` made ten minutes apart differ by up to a third).
//
//   BENCH_SERVE=true npm run bench        # in another shell: the bench backend, kept up
//   node backend/bench/compare-storefront-builds.mjs <build-dir-a> <build-dir-b>
//
// A build dir is what `react-router build` writes to storefront/build (copy it away before
// building the other version). Environment: MEDUSA_BACKEND_URL (http://localhost:9300),
// MEDUSA_PUBLISHABLE_KEY (printed by BENCH_SERVE), COMPARE_PATHS (comma-separated, default "/"),
// COMPARE_ROUNDS (3), COMPARE_SECONDS (10), COMPARE_CONNECTIONS (10).
import autocannon from "autocannon"
import { spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { freePort } from "../../scripts/lib/ports.mjs"
import { waitForHttp } from "../../scripts/lib/processes.mjs"
import { saveBenchResults } from "../../scripts/lib/bench-results.mjs"

const here = path.dirname(fileURLToPath(import.meta.url))
const storefront = path.resolve(here, "../../storefront")
const env = process.env
const builds = process.argv.slice(2)
if (builds.length !== 2 || !env.MEDUSA_PUBLISHABLE_KEY) {
  console.error("usage: MEDUSA_PUBLISHABLE_KEY=pk_… node backend/bench/compare-storefront-builds.mjs <build-dir-a> <build-dir-b>")
  process.exit(2)
}
const settings = {
  paths: (env.COMPARE_PATHS ?? "/").split(","),
  rounds: Number(env.COMPARE_ROUNDS ?? 3),
  seconds: Number(env.COMPARE_SECONDS ?? 10),
  connections: Number(env.COMPARE_CONNECTIONS ?? 10),
}

// Each build is served from a folder inside storefront/, so its imports find storefront/node_modules.
const sites = builds.map((build, i) => {
  const dir = path.join(storefront, ".compare", String.fromCharCode(97 + i))
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  fs.cpSync(path.resolve(build), path.join(dir, "build"), { recursive: true })
  fs.copyFileSync(path.join(storefront, "server.mjs"), path.join(dir, "server.mjs"))
  fs.symlinkSync(path.join(storefront, "public"), path.join(dir, "public"))
  return { name: `${String.fromCharCode(97 + i)} (${build})`, dir }
})

const sessionSecret = randomBytes(32).toString("hex")
async function measure(site) {
  const port = await freePort()
  const server = spawn(process.execPath, ["server.mjs"], {
    cwd: site.dir,
    stdio: "ignore",
    env: { ...env, PORT: String(port), NODE_ENV: "production", SESSION_SECRET: sessionSecret, MEDUSA_BACKEND_URL: env.MEDUSA_BACKEND_URL ?? "http://localhost:9300" },
  })
  try {
    const base = `http://localhost:${port}`
    await waitForHttp(base + settings.paths[0], { timeoutMs: 30_000 })
    const load = (duration) => {
      let next = 0
      return autocannon({
        url: base,
        connections: settings.connections,
        duration,
        requests: [{ setupRequest: (request) => ({ ...request, path: settings.paths[next++ % settings.paths.length] }) }],
      })
    }
    await load(3) // warm-up, not counted
    const result = await load(settings.seconds)
    return { rps: Math.round((result.requests.total / settings.seconds) * 10) / 10, p50: result.latency.p50, p97_5: result.latency.p97_5, errors: result.errors + result.non2xx }
  } finally {
    server.kill()
  }
}

const rows = []
for (let round = 1; round <= settings.rounds; round++) {
  for (const site of sites) {
    const row = { round, build: site.name, ...(await measure(site)) }
    rows.push(row)
    console.log(`round ${round}  ${site.name}: ${row.rps} req/s, p50 ${row.p50} ms, p97.5 ${row.p97_5} ms${row.errors ? `, ${row.errors} errors` : ""}`)
  }
}
for (const site of sites) {
  const rps = rows.filter((r) => r.build === site.name).map((r) => r.rps).sort((x, y) => x - y)
  console.log(`${site.name}: median ${rps[Math.floor(rps.length / 2)]} req/s over ${rps.length} rounds`)
}
fs.rmSync(path.join(storefront, ".compare"), { recursive: true, force: true })
saveBenchResults(path.join(here, "results"), { kind: "compare-storefront-builds", settings, builds, rows })
