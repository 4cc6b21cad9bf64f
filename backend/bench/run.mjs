#!/usr/bin/env node
// `npm run bench`: the store API, search and the storefront's server-rendered pages under load, side by side
// with Medusa's plain GET /store/products, on 10,000 synthetic products in a database of their own.
// See backend/bench/README.md.
import { randomBytes } from "node:crypto"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import autocannon from "autocannon"
import pg from "pg"
import { createStack, stackSettings } from "../../scripts/lib/stack.mjs"
import { readStoreFacts } from "../../scripts/lib/store-facts.mjs"
import { root } from "../../scripts/lib/paths.mjs"
import { checkBudgets, summarize, table } from "./lib/stats.mjs"
import { saveBenchResults } from "../../scripts/lib/bench-results.mjs"
import { seedStore } from "../../scripts/lib/store-facts.mjs"
import { startStockMover } from "./lib/stock-mover.mjs"
import { cpuPerRequest, cpuSnapshot } from "./lib/cpu-split.mjs"

const here = path.dirname(fileURLToPath(import.meta.url))
const env = process.env
const config = {
  products: Number(env.BENCH_PRODUCTS ?? 10_000),
  seconds: Number(env.BENCH_SECONDS ?? 10),
  warmupSeconds: Number(env.BENCH_WARMUP_SECONDS ?? 3),
  concurrency: (env.BENCH_CONCURRENCY ?? "1,10,50").split(",").map(Number),
  only: env.BENCH_ONLY ? env.BENCH_ONLY.split(",") : null,
  // Stock changes a second while the `…-while-stock-moves` targets are measured.
  stockChangesPerSecond: Number(env.BENCH_STOCK_CHANGES_PER_SECOND ?? 5),
  // Start the bench stack and keep it up for profiling by hand; measure nothing.
  serve: env.BENCH_SERVE === "true",
}
const PAGE = 24
// Shoppers' words, with and without diacritics, as the search box receives them.
const QUERIES = [
  "trà", "tra", "cà phê", "ca phe", "mật ong", "mat ong", "nước mắm", "nuoc mam phu quoc", "gạo", "bánh",
  "rượu", "tinh dầu", "miến dong", "nấm", "hữu cơ", "quà Tết", "thổ cẩm", "chè thái nguyên", "trà shan tuyết",
  "cà phê buôn ma thuột", "mật ong bạc hà", "khô cá", "hạt điều", "yến sào",
]

let stack = null
let stopping = false
async function shutdown(code) {
  if (stopping) return
  stopping = true
  await stack?.stop().catch(() => {})
  process.exit(code)
}
process.on("SIGINT", () => shutdown(130))
process.on("SIGTERM", () => shutdown(143))

/**
 * The shop as configured (answer caches on); then searches nobody has asked
 * since the catalogue last changed (no kept answers, the rest as configured);
 * then with every cache off, to show what the caches hide. Each mode's
 * environment stays set for the next (startStack adds to process.env).
 */
const MODES = [
  { name: "cached", env: {}, targets: null },
  { name: "unseen-searches", env: { CATALOGUE_CACHE_TTL_MS: "0" }, targets: ["search"] },
  {
    name: "uncached",
    env: { CATALOGUE_CACHE_TTL_MS: "0", MEDUSA_FF_CACHING: "false" },
    targets: ["medusa-products", "ocop-products", "ocop-filtered", "ocop-detail", "search"],
  },
]

async function startStack(extraEnv) {
  Object.assign(process.env, extraEnv)
  const settings = stackSettings({
    ...env,
    BACKEND_PORT: env.BENCH_BACKEND_PORT ?? "9300",
    STOREFRONT_PORT: env.BENCH_STOREFRONT_PORT ?? "3300",
    POSTGRES_PORT: env.BENCH_POSTGRES_PORT ?? "54700",
    OCOP_DATA_DIR: path.join(root, ".data/bench"),
    MEDUSA_ADMIN_DISABLED: "true",
    OCOP_QUIET: "true",
    OCOP_PRODUCTION_BACKEND: "true",
    DATABASE_URL: "",
  })
  const started = Date.now()
  stack = createStack(settings, (line) => console.log(`[stack] ${line}`), {
    afterSeed: async ({ runMedusa }) => {
      console.log(`[stack] Adding ${config.products} synthetic products (first run: about 12 minutes; kept in .data/bench)…`)
      process.env.BENCH_PRODUCTS = String(config.products)
      await runMedusa(["exec", "./bench/seed-catalogue.ts"], "bench seed")
    },
  })
  // The storefront's session secret is fixed for the run.
  process.env.SESSION_SECRET ||= randomBytes(32).toString("hex")
  const running = await stack.start()
  console.log(`[stack] up in ${Math.round((Date.now() - started) / 1000)} s`)
  return running
}

async function main() {
  const rows = []
  const budgets = []
  let fixtures = null
  let machine = null
  let described = []
  for (const mode of config.serve ? MODES.slice(0, 1) : MODES) {
    if (config.only && mode.targets && !config.only.some((name) => mode.targets.includes(name))) continue
    console.log(`\n━━ ${mode.name}${Object.keys(mode.env).length ? ` (${Object.entries(mode.env).map(([k, v]) => `${k}=${v}`).join(" ")})` : ""} ━━`)
    const running = await startStack(mode.env)
    const facts = await readStoreFacts(running.databaseUrl)
    if (config.serve) {
      console.log(`Serving until Ctrl-C: backend ${running.backendUrl} (x-publishable-api-key: ${facts.publishableKey}), storefront ${running.storefrontUrl}, ${running.databaseUrl}`)
      return
    }
    const api = { base: running.backendUrl, headers: { "x-publishable-api-key": facts.publishableKey } }
    const site = { base: running.storefrontUrl, headers: {} }
    fixtures ??= await findFixtures(api, running.databaseUrl)
    api.databaseUrl = running.databaseUrl
    machine ??= await describeMachine(running.databaseUrl)
    const targets = benchTargets(api, site, fixtures).filter(
      (t) => (!mode.targets || mode.targets.includes(t.name)) && (!config.only || config.only.includes(t.name))
    )
    if (!described.length) {
      console.log(`Catalogue: ${fixtures.visible} visible products; ${fixtures.handles.length} product pages, ${fixtures.filters.length} filter combinations, ${QUERIES.length} search words.`)
      described = targets.map(({ name, what, paths }) => ({ name, what, example: paths[0], paths: paths.length }))
    }
    const modeRows = await measure(targets, mode.name)
    rows.push(...modeRows)
    budgets.push(...checkBudgets(modeRows).map((b) => ({ mode: mode.name, ...b })))
    await stack.stop()
    stack = null
  }

  for (const mode of MODES) {
    const modeRows = rows.filter((r) => r.mode === mode.name)
    if (modeRows.length) console.log(`\n${mode.name}\n${table(modeRows)}`)
  }
  console.log("")
  for (const b of budgets) console.log(`${b.pass ? "PASS" : "FAIL"}  [${b.mode}] ${b.budget}: ${JSON.stringify(b.value)} (limit ${b.limit})`)

  saveBenchResults(path.join(here, "results"), { machine, config, modes: MODES, catalogue: { visible_products: fixtures.visible }, targets: described, rows, budgets })
  // The shop as configured is held to the budgets; the uncached run shows what the caches save.
  await shutdown(budgets.filter((b) => b.mode === "cached").every((b) => b.pass) ? 0 : 1)
}

function benchTargets(api, site, fixtures) {
  const offsets = Array.from({ length: 10 }, (_, i) => i * PAGE)
  return [
    // Plain Medusa: the baseline, on the same products.
    { name: "medusa-products", what: "GET /store/products (plain Medusa)", ...api, paths: medusaPaths() },
    {
      name: "medusa-products-priced",
      what: "GET /store/products with prices and stock (as Medusa's Next.js starter asks)",
      ...api,
      paths: offsets.map((o) => `/store/products?limit=${PAGE}&offset=${o}&region_id=${fixtures.regionId}&fields=*variants.calculated_price,%2Bvariants.inventory_quantity`),
    },
    { name: "ocop-products", what: "GET /store/ocop/products", ...api, paths: offsets.map((o) => `/store/ocop/products?limit=${PAGE}&offset=${o}`) },
    {
      name: "ocop-filtered",
      what: "GET /store/ocop/products?stars=&province=&group=",
      ...api,
      paths: filteredPaths(fixtures),
    },
    { name: "ocop-detail", what: "GET /store/ocop/products/:handle", ...api, paths: detailPaths(fixtures) },
    { name: "search", what: "GET /store/ocop/search (text, filters, facets)", ...api, paths: searchPaths(fixtures) },
    {
      name: "search-while-stock-moves",
      what: `the same searches while stock is reserved or released ${config.stockChangesPerSecond} times a second (what orders do)`,
      ...api,
      paths: searchPaths(fixtures),
      background: moveStock,
    },
    { name: "ssr-home", what: "storefront / (server-rendered)", ...site, paths: ["/"] },
    { name: "ssr-search", what: "storefront /tim-kiem?q=", ...site, paths: QUERIES.map((q) => `/tim-kiem?q=${encodeURIComponent(q)}`) },
    { name: "ssr-product", what: "storefront /san-pham/:handle", ...site, paths: fixtures.handles.map((h) => `/san-pham/${h}`) },
    {
      name: "medusa-products-while-stock-moves",
      what: `the plain Medusa lists while stock is reserved or released ${config.stockChangesPerSecond} times a second (the baseline for the next)`,
      ...api,
      paths: medusaPaths(),
      background: moveStock,
    },
    {
      name: "ocop-detail-while-stock-moves",
      what: `the same product pages while stock is reserved or released ${config.stockChangesPerSecond} times a second (each kept page reads its stock again once after a change)`,
      ...api,
      paths: detailPaths(fixtures),
      background: moveStock,
    },
    {
      name: "ocop-filtered-while-stock-moves",
      what: `the same filtered lists while stock is reserved or released ${config.stockChangesPerSecond} times a second`,
      ...api,
      paths: filteredPaths(fixtures),
      background: moveStock,
    },
  ]

  /** What orders do to stock, in the background of a measurement: stopped (and undone) when it ends. */
  function moveStock() {
    return startStockMover({
      base: api.base,
      databaseUrl: api.databaseUrl,
      email: env.ADMIN_EMAIL || seedStore.admin.email,
      password: env.ADMIN_PASSWORD || seedStore.admin.password,
      perSecond: config.stockChangesPerSecond,
    })
  }
}

async function measure(targets, mode) {
  for (const target of targets) {
    const probe = await fetch(target.base + target.paths[0], { headers: target.headers })
    if (!probe.ok) throw new Error(`${target.name}: ${target.paths[0]} answered ${probe.status}: ${(await probe.text()).slice(0, 300)}`)
  }
  const rows = []
  for (const target of targets) {
    // Every distinct request once, as in a shop that has been open a while; then a short warm-up. Neither is counted.
    for (const route of new Set(target.paths)) await fetch(target.base + route, { headers: target.headers }).then((r) => r.arrayBuffer())
    await load(target, 10, config.warmupSeconds)
    await settle(target)
    for (const concurrency of config.concurrency) {
      // Writes in the background (stock moving) run during the measurement only.
      const background = await target.background?.()
      let measured, moved, cpu
      const cpuBefore = cpuSnapshot()
      try {
        measured = await load(target, concurrency, config.seconds)
        cpu = cpuPerRequest(cpuBefore, cpuSnapshot(), measured.requests)
      } finally {
        moved = await background?.stop()
      }
      const row = { mode, target: target.name, concurrency, ...measured, ...(cpu ? { cpu_ms_per_request: cpu } : {}), ...moved }
      rows.push(row)
      console.log(`  ${target.name.padEnd(24)} ${String(concurrency).padStart(3)} clients: p50 ${row.p50} ms, p95 ${row.p95} ms, p99 ${row.p99} ms, ${row.rps} req/s${row.errors ? `, ${row.errors} errors (${JSON.stringify(row.statuses)})` : ""}${cpu ? `; CPU per request: backend ${cpu.backend}, PostgreSQL ${cpu.postgres}, storefront ${cpu.storefront}, load tool ${cpu.load_tool}, machine ${cpu.machine} (steal ${cpu.steal}) ms` : ""}${background ? `; ${row.stock_changes_per_s} stock changes/s` : ""}`)
      await settle(target)
    }
  }
  return rows
}

/** Waits until the server has worked off requests the load tool gave up on, so they do not slow the next measurement. */
async function settle(target) {
  for (let i = 0; i < 60; i++) {
    const started = Date.now()
    const ok = await fetch(target.base + target.paths[0], { headers: target.headers, signal: AbortSignal.timeout(30_000) }).then((r) => r.ok, () => false)
    if (ok && Date.now() - started < 2_000) return
    await new Promise((r) => setTimeout(r, 1_000))
  }
}

/** Runs one closed-loop load: `concurrency` clients, each sending its next request when the last is answered. */
function load(target, concurrency, seconds) {
  return new Promise((resolve, reject) => {
    const latencies = []
    const statuses = {}
    let errors = 0
    let next = 0
    const instance = autocannon(
      {
        url: target.base,
        connections: concurrency,
        duration: seconds,
        headers: target.headers,
        requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: target.paths[next++ % target.paths.length] }) }],
      },
      (error, result) => {
        if (error) return reject(error)
        if (result.timeouts) statuses.timeout = result.timeouts
        if (result.errors - result.timeouts > 0) statuses.connection = result.errors - result.timeouts
        resolve({ ...summarize({ latencies, errors: errors + result.errors, seconds }), ...(errors || result.errors ? { statuses } : {}) })
      }
    )
    instance.on("response", (_client, status, _bytes, responseTime) => {
      if (status >= 200 && status < 300) latencies.push(responseTime)
      else {
        errors++
        statuses[status] = (statuses[status] ?? 0) + 1
      }
    })
  })
}

/** The data the targets rotate over, read from the running shop. */
async function findFixtures(api, databaseUrl) {
  const get = async (route) => {
    const response = await fetch(api.base + route, { headers: api.headers })
    if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`)
    return response.json()
  }
  const { regions } = await get("/store/regions?currency_code=vnd")
  const first = await get(`/store/ocop/products?limit=100&order=title`)
  const handles = []
  for (let offset = 0; offset < Math.min(first.count, 2000) && handles.length < 200; offset += 400) {
    const page = await get(`/store/ocop/products?limit=20&order=title&offset=${offset}`)
    handles.push(...page.products.map((p) => p.handle))
  }
  // Filter combinations a shopper would click: the busiest provinces × the six groups × 3–5 stars, when they find something.
  const { provinces } = await get("/store/provinces")
  const busiest = [...provinces].sort((a, b) => (b.product_count ?? 0) - (a.product_count ?? 0)).slice(0, 4)
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const { rows: groups } = await client.query(`select handle from product_category where parent_category_id is null and deleted_at is null order by rank`)
  await client.end()
  const filters = []
  for (const province of busiest) {
    for (const { handle: group } of groups) {
      for (const stars of [3, 4, 5]) {
        const page = await get(`/store/ocop/products?limit=1&stars=${stars}&province=${province.slug}&group=${group}`)
        if (page.count > 0) filters.push({ stars, province: province.slug, group })
      }
    }
  }
  return { regionId: regions[0].id, visible: first.count, handles, filters, provinces: busiest.map((p) => p.slug) }
}

/** Plain Medusa product lists, ten pages of them. */
function medusaPaths() {
  return Array.from({ length: 10 }, (_, i) => `/store/products?limit=${PAGE}&offset=${i * PAGE}`)
}

/** OCOP product pages: the bench's hundred products. */
function detailPaths(fixtures) {
  return fixtures.handles.map((h) => `/store/ocop/products/${h}`)
}

/** OCOP lists filtered by stars, province and group: every combination that has products. */
function filteredPaths(fixtures) {
  return fixtures.filters.map((f) => `/store/ocop/products?limit=${PAGE}&stars=${f.stars}&province=${f.province}&group=${f.group}`)
}

/** Search requests: every word alone, then with a star filter, a province or a price range, sorted differently. */
function searchPaths(fixtures) {
  return QUERIES.flatMap((q, i) => {
    const text = `q=${encodeURIComponent(q)}`
    return [
      `/store/ocop/search?${text}`,
      `/store/ocop/search?${text}&stars=${3 + (i % 3)}`,
      `/store/ocop/search?${text}&province=${fixtures.provinces[i % fixtures.provinces.length]}&sort=price_asc`,
      `/store/ocop/search?${text}&price_min=100000&price_max=300000&sort=newest`,
    ]
  })
}

async function describeMachine(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const { rows } = await client.query("show server_version")
  await client.end()
  const cpus = os.cpus()
  return {
    cpu: cpus[0]?.model,
    cores: cpus.length,
    memory_gib: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: rows[0].server_version,
    load_tool: "autocannon 9 (same machine)",
  }
}

main().catch(async (error) => {
  console.error(`\n✖ ${error.message}`)
  await shutdown(1)
})
