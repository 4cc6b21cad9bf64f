#!/usr/bin/env node
// `npm test`: every suite, then one line "N passed, N failed" summed over all of them.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { ensureDependencies } from "./lib/dependencies.mjs"
import { backendDir, bin, root, storefrontDir } from "./lib/paths.mjs"
import { ensureChromium } from "./lib/chromium.mjs"
import { ensureDockerCompose } from "./lib/docker-compose.mjs"
import { ensureRedisServer } from "./lib/redis.mjs"

ensureDependencies()
const { startEmbeddedPostgres } = await import("./lib/postgres.mjs")
const { freePort } = await import("./lib/ports.mjs")
const { spawn } = await import("node:child_process")

const reports = path.join(root, ".test-results")
mkdirSync(reports, { recursive: true })

// Tests get their own databases and never a production Redis or database by accident.
const baseEnv = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", TURBO_TELEMETRY_DISABLED: "1", CI: process.env.CI ?? "true" }
delete baseEnv.DATABASE_URL
delete baseEnv.REDIS_URL

function runSuite(command, args, { cwd, env }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: "inherit" })
    child.on("exit", (code) => resolve(code ?? 1))
    child.on("error", () => resolve(1))
  })
}

// A temporary folder the OS user "postgres" can enter (PostgreSQL runs as that user under root).
function tempDir(prefix) {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  chmodSync(dir, 0o755)
  return dir
}

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null)

/** Jest and Vitest write the same JSON summary. */
function countJest(file, exitCode) {
  const report = readJson(file)
  if (!report) return { passed: 0, failed: 1, skipped: 0, note: "no report written" }
  const crashed = report.numRuntimeErrorTestSuites ?? 0
  const counts = {
    passed: report.numPassedTests,
    failed: report.numFailedTests + crashed,
    skipped: report.numPendingTests + (report.numTodoTests ?? 0),
  }
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1
  return counts
}

function countPlaywright(file, exitCode) {
  const report = readJson(file)
  if (!report) return { passed: 0, failed: 1, skipped: 0, note: "no report written" }
  const { expected, unexpected, flaky, skipped } = report.stats
  const errors = report.errors?.length ?? 0
  const counts = { passed: expected + flaky, failed: unexpected + errors, skipped }
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1
  return counts
}

/** node:test's TAP output ends with "# pass N", "# fail N", "# skipped N", "# todo N", "# cancelled N". */
function countTap(file, exitCode) {
  const text = existsSync(file) ? readFileSync(file, "utf8") : ""
  const total = (name) => Number(text.match(new RegExp(`^# ${name} (\\d+)$`, "m"))?.[1] ?? NaN)
  if (Number.isNaN(total("pass"))) return { passed: 0, failed: 1, skipped: 0, note: "no report written" }
  const counts = {
    passed: total("pass"),
    failed: total("fail") + (total("cancelled") || 0),
    skipped: (total("skipped") || 0) + (total("todo") || 0),
  }
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1
  return counts
}

const jestReporters = ["--reporters=default", `--reporters=${path.join(root, "scripts/lib/jest-count-reporter.cjs")}`]

async function backendUnit() {
  const file = path.join(reports, "backend-unit.json")
  rmSync(file, { force: true })
  const code = await runSuite(bin("jest", backendDir), ["--runInBand", ...jestReporters], {
    cwd: backendDir,
    env: { ...baseEnv, TEST_TYPE: "unit", NODE_OPTIONS: "--experimental-vm-modules", OCOP_JEST_COUNTS: file },
  })
  return countJest(file, code)
}

async function backendIntegration() {
  const file = path.join(reports, "backend-integration.json")
  rmSync(file, { force: true })
  const dataDir = path.join(tempDir("cho-ocop-test-"), "postgres")
  const port = await freePort()
  const postgres = await startEmbeddedPostgres({ dataDir, port, database: "postgres", persistent: false })
  try {
    const code = await runSuite(
      bin("jest", backendDir),
      ["--runInBand", "--forceExit", ...jestReporters],
      {
        cwd: backendDir,
        env: {
          ...baseEnv,
          TEST_TYPE: "integration:http",
          NODE_OPTIONS: "--experimental-vm-modules",
          LOG_LEVEL: "error",
          OCOP_JEST_COUNTS: file,
          // test-utils turns SSL on for any host that is not "localhost".
          DB_HOST: "localhost",
          DB_PORT: String(port),
          DB_USERNAME: "postgres",
          DB_PASSWORD: "postgres",
        },
      }
    )
    return countJest(file, code)
  } finally {
    await postgres.stop()
    rmSync(path.dirname(dataDir), { recursive: true, force: true })
  }
}

async function storefrontUnit() {
  const file = path.join(reports, "storefront-unit.json")
  rmSync(file, { force: true })
  const code = await runSuite(
    bin("vitest", storefrontDir),
    ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`],
    { cwd: storefrontDir, env: baseEnv }
  )
  return countJest(file, code)
}

async function endToEnd() {
  const file = path.join(reports, "e2e.json")
  rmSync(file, { force: true })
  ensureChromium()
  const dataDir = tempDir("cho-ocop-e2e-")
  try {
    const code = await runSuite(bin("playwright", storefrontDir), ["test"], {
      cwd: storefrontDir,
      env: {
        ...baseEnv,
        PLAYWRIGHT_JSON_OUTPUT_NAME: file,
        OCOP_DATA_DIR: path.join(dataDir, "postgres"),
        BACKEND_PORT: String(await freePort()),
        STOREFRONT_PORT: String(await freePort()),
        POSTGRES_PORT: String(await freePort()),
        OFFLINE_STOREFRONT_PORT: String(await freePort()),
        // Medusa's per-request "http" lines would bury Playwright's own report.
        LOG_LEVEL: "info",
        MEDUSA_ADMIN_DISABLED: "true",
      },
    })
    return countPlaywright(file, code)
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** A node:test file: spec output for people, TAP into a file for the counts. */
async function nodeTests(name, testFiles, extraArgs = []) {
  const file = path.join(reports, `${name}.tap`)
  rmSync(file, { force: true })
  const code = await runSuite(
    process.execPath,
    ["--test", ...extraArgs, "--test-reporter=spec", "--test-reporter-destination=stdout", "--test-reporter=tap", `--test-reporter-destination=${file}`, ...[testFiles].flat()],
    { cwd: root, env: baseEnv }
  )
  return countTap(file, code)
}

async function infra() {
  ensureDockerCompose()
  return nodeTests("infra", "infra/test/infra.test.mjs")
}

/** The benchmark's own arithmetic and CPU accounting (backend/bench/lib): its PASS and FAIL lines rest on them. */
const benchHelpers = () => nodeTests("bench", ["backend/bench/lib/stats.test.mjs", "backend/bench/lib/cpu-split.test.mjs"])

/** Two servers, a worker and two probes on one real PostgreSQL and one real Redis (backend/integration-tests/redis). */
async function redisMode() {
  ensureRedisServer()
  return nodeTests("redis", "backend/integration-tests/redis/redis-mode.test.mjs", ["--test-concurrency=1"])
}

const suites = [
  ["backend unit (jest)", backendUnit],
  ["backend integration (jest, embedded PostgreSQL)", backendIntegration],
  ["storefront unit (vitest)", storefrontUnit],
  ["end to end (playwright, chromium)", endToEnd],
  ["infra (docker-compose config)", infra],
  ["bench helpers (node:test)", benchHelpers],
  ["redis mode (servers, worker, real Redis and PostgreSQL)", redisMode],
]
const only = process.env.OCOP_TEST_ONLY?.split(",")

const results = []
for (const [name, suite] of suites) {
  if (only && !only.some((word) => name.includes(word))) continue
  console.log(`\n━━ ${name} ━━`)
  const started = Date.now()
  let counts
  try {
    counts = await suite()
  } catch (error) {
    console.error(`✖ ${name} could not run: ${error.message}`)
    counts = { passed: 0, failed: 1, skipped: 0 }
  }
  counts.seconds = Math.round((Date.now() - started) / 1000)
  results.push([name, counts])
}

console.log("\nSummary")
for (const [name, c] of results) {
  console.log(`  ${name}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ""} (${c.seconds} s)`)
}
const total = results.reduce(
  (sum, [, c]) => ({ passed: sum.passed + c.passed, failed: sum.failed + c.failed, skipped: sum.skipped + c.skipped }),
  { passed: 0, failed: 0, skipped: 0 }
)
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`)
process.exit(total.failed > 0 ? 1 : 0)
