// The Redis suite (`OCOP_TEST_ONLY=redis npm test`): the backend with REDIS_URL,
// as it runs when deployed — two servers (MEDUSA_WORKER_MODE=server), one worker
// (MEDUSA_WORKER_MODE=worker) and two `medusa exec` probes, all sharing one real
// PostgreSQL (embedded, throw-away) and one real Redis (Debian's redis-server on
// a free loopback port). Run with node's test runner; the tests run in order.
import assert from "node:assert/strict"
import { randomBytes } from "node:crypto"
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { after, before, test } from "node:test"
import Redis from "ioredis"
import pg from "pg"
import { backendDir, bin } from "../../../scripts/lib/paths.mjs"
import { freePort } from "../../../scripts/lib/ports.mjs"
import { startEmbeddedPostgres } from "../../../scripts/lib/postgres.mjs"
import { run, startService, waitForHttp } from "../../../scripts/lib/processes.mjs"
import { startRedis } from "../../../scripts/lib/redis.mjs"
import { readStoreFacts, seedStore } from "../../../scripts/lib/store-facts.mjs"

const medusa = bin("medusa", backendDir)
const verbose = process.env.OCOP_REDIS_TEST_VERBOSE === "true"
const nonce = randomBytes(4).toString("hex")
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const stops = []
const ctx = {}

/** Polls until check() returns something truthy. */
async function eventually(check, { timeoutMs = 60_000, every = 500, what = "condition" } = {}) {
  const until = Date.now() + timeoutMs
  let last
  while (Date.now() < until) {
    last = await check().catch((error) => (console.log(`  (${what}: ${error.message})`), null))
    if (last) return last
    await sleep(every)
  }
  throw new Error(`${what} not met within ${timeoutMs / 1000} s`)
}

function backendEnv(extra = {}) {
  const env = {
    ...process.env,
    DATABASE_URL: ctx.databaseUrl,
    REDIS_URL: ctx.redisUrl,
    // Medusa's caching module (configured with Redis) sits behind this flag.
    MEDUSA_FF_CACHING: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    MEDUSA_ADMIN_DISABLED: "true",
    // `medusa start` runs with NODE_ENV=production, where the secrets are required.
    JWT_SECRET: ctx.jwtSecret,
    COOKIE_SECRET: ctx.cookieSecret,
    LOG_LEVEL: "info",
    ...extra,
  }
  for (const name of ["MEILISEARCH_HOST", "MEILISEARCH_API_KEY", "STRIPE_API_KEY", "NODE_OPTIONS"]) delete env[name]
  return env
}

/** `medusa start` from the sources (no build step); resolves once /health answers. */
async function startBackend(name, mode, { without = [] } = {}) {
  const port = await freePort()
  const lines = []
  const env = backendEnv({ PORT: String(port), MEDUSA_WORKER_MODE: mode, MEDUSA_BACKEND_URL: `http://localhost:${port}` })
  for (const variable of without) delete env[variable]
  const service = startService(name, medusa, ["start"], {
    cwd: backendDir,
    env,
    quiet: !verbose,
    onLine: (line) => lines.push(line),
  })
  const backend = { name, mode, port, url: `http://localhost:${port}`, lines, stop: () => service.stop(), service }
  stops.push(backend.stop)
  try {
    await waitForHttp(`${backend.url}/health`, { service, timeoutMs: 180_000 })
  } catch (error) {
    throw new Error(`${error.message}\nLast lines of ${name}:\n${lines.slice(-30).join("\n")}`)
  }
  return backend
}

/** `medusa exec` of probe.ts (server mode: a probe must not take events off the queue); resolves with its PROBE lines. */
function runProbe(role, runId) {
  return new Promise((resolve, reject) => {
    const lines = []
    const service = startService(`probe ${role}`, medusa, ["exec", "./integration-tests/redis/probe.ts", role, runId], {
      cwd: backendDir,
      env: backendEnv({ MEDUSA_WORKER_MODE: "server" }),
      quiet: !verbose,
      onLine: (line) => lines.push(line),
    })
    stops.push(() => service.stop())
    service.exit.then(({ code }) => {
      const probes = lines.filter((l) => l.startsWith("PROBE ")).map((l) => JSON.parse(l.slice(6)))
      if (code === 0) resolve(probes)
      else reject(new Error(`probe ${role} exited ${code}:\n${lines.slice(-30).join("\n")}`))
    })
  })
}

async function api(backend, method, route, { body, token } = {}) {
  const response = await fetch(backend.url + route, {
    method,
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": ctx.publishableKey,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(30_000),
  })
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, json: text ? JSON.parse(text) : null }
}

/** Does the store's product search (PostgreSQL index, kept in sync by the search module's subscriber) find the word? */
async function searchFinds(backend, word, productId) {
  const { status, text } = await api(backend, "GET", `/store/ocop/search?q=${encodeURIComponent(word)}&limit=5`)
  assert.equal(status, 200, text)
  return text.includes(productId)
}

/** Jobs of Medusa's Redis event bus (BullMQ, prefix RedisEventBusService) not taken by any worker yet. */
async function queuedEvents() {
  const prefix = "RedisEventBusService:events-queue"
  const [wait, prioritized, active] = await Promise.all([
    ctx.redis.llen(`${prefix}:wait`),
    ctx.redis.zcard(`${prefix}:prioritized`),
    ctx.redis.llen(`${prefix}:active`),
  ])
  return wait + prioritized + active
}

before(
  async () => {
    const started = Date.now()
    const tmp = mkdtempSync(path.join(os.tmpdir(), "cho-ocop-redis-"))
    chmodSync(tmp, 0o755)
    stops.push(async () => rmSync(tmp, { recursive: true, force: true }))
    const postgres = await startEmbeddedPostgres({ dataDir: path.join(tmp, "postgres"), port: await freePort(), database: "cho_ocop", persistent: false })
    stops.push(postgres.stop)
    const redis = await startRedis({ port: await freePort() })
    stops.push(redis.stop)
    Object.assign(ctx, {
      databaseUrl: postgres.url,
      redisUrl: redis.url,
      redis: new Redis(redis.url),
      jwtSecret: randomBytes(32).toString("hex"),
      cookieSecret: randomBytes(32).toString("hex"),
    })
    stops.push(async () => ctx.redis.disconnect())

    // Migrations and the demo seed as `npm start` runs them, without Redis: the seed's
    // own events stay out of the queue the tests watch.
    const plain = { ...backendEnv(), NODE_ENV: "development" }
    delete plain.REDIS_URL
    delete plain.MEDUSA_FF_CACHING
    await run(medusa, ["db:migrate"], { cwd: backendDir, env: plain, label: "migrate", quiet: true })
    await run(medusa, ["exec", "./src/scripts/seed.ts"], { cwd: backendDir, env: plain, label: "seed", quiet: true })
    ctx.publishableKey = (await readStoreFacts(ctx.databaseUrl)).publishableKey
    assert.ok(ctx.publishableKey, "the seed made a publishable key")
    console.log(`# migrated and seeded in ${Math.round((Date.now() - started) / 1000)} s`)

    // B without MEDUSA_FF_CACHING: medusa-config's featureFlags turns caching on by itself when REDIS_URL is set.
    const [a, b] = await Promise.all([startBackend("server A", "server"), startBackend("server B", "server", { without: ["MEDUSA_FF_CACHING"] })])
    Object.assign(ctx, { a, b })
    console.log(`# two servers up after ${Math.round((Date.now() - started) / 1000)} s`)
  },
  { timeout: 400_000 }
)

after(async () => {
  while (stops.length) await stops.pop()().catch((error) => console.log(`while stopping: ${error.message}`))
})

test("every Medusa module that can use Redis connects to it", () => {
  const log = ctx.a.lines.join("\n")
  assert.match(log, /Connection to Redis in module 'event-bus-redis' established/)
  assert.match(log, /Connection to Redis in module 'workflow-engine-redis' established/)
  assert.match(log, /Connection to Redis in "locking-redis" provider established/)
  assert.match(log, /Redis cache connection established/)
})

test("the cache lives in Redis, also on a server started without MEDUSA_FF_CACHING", { timeout: 60_000 }, async () => {
  // Medusa's caching-redis provider keeps its entries and tags under "mc:".
  const cacheKeys = () => ctx.redis.keys("mc:*")
  const beforeKeys = await cacheKeys()
  for (const backend of [ctx.b, ctx.b]) {
    const { status, text } = await api(backend, "GET", "/store/products?limit=2&fields=id,title")
    assert.equal(status, 200, text)
  }
  const afterKeys = await cacheKeys()
  console.log(`# cache keys: ${beforeKeys.length} before, ${afterKeys.length} after (${afterKeys.slice(0, 3).join(", ")})`)
  assert.ok(afterKeys.length > beforeKeys.length, "store requests on B left cache entries in Redis")
})

test("a server only queues events; the worker started later runs the subscriber (server + worker share PG and Redis)", { timeout: 240_000 }, async () => {
  const login = await api(ctx.a, "POST", "/auth/user/emailpass", { body: seedStore.admin })
  assert.equal(login.status, 200, login.text)
  ctx.adminToken = login.json.token
  const list = await api(ctx.a, "GET", "/admin/products?limit=2&fields=id,title&order=created_at", { token: ctx.adminToken })
  assert.equal(list.status, 200, list.text)
  ctx.products = list.json.products
  const [product] = ctx.products
  const word = `redisprobe${nonce}a`

  const before = await queuedEvents()
  // A real admin call on server A: Medusa's update-products workflow emits product.updated.
  const update = await api(ctx.a, "POST", `/admin/products/${product.id}`, { body: { title: `${product.title} ${word}` }, token: ctx.adminToken })
  assert.equal(update.status, 200, update.text)

  await eventually(async () => (await queuedEvents()) > before, { timeoutMs: 10_000, what: "an event waiting in Redis" })
  await sleep(4_000)
  assert.equal(await searchFinds(ctx.b, word, product.id), false, "no server process handled the event")
  assert.ok((await queuedEvents()) > before, "the event still waits in Redis")

  const started = Date.now()
  ctx.worker = await startBackend("worker", "worker")
  await eventually(() => searchFinds(ctx.b, word, product.id), { timeoutMs: 90_000, what: "the worker indexing the product" })
  await eventually(async () => (await queuedEvents()) === 0, { timeoutMs: 30_000, what: "the queue drained" })
  console.log(`# worker up and event handled ${Math.round((Date.now() - started) / 1000)} s after it was started`)
})

test("events emitted on either server reach the subscriber through the Redis event bus", { timeout: 120_000 }, async () => {
  const product = ctx.products[1] ?? ctx.products[0]
  const word = `redisprobe${nonce}b`
  const update = await api(ctx.b, "POST", `/admin/products/${product.id}`, { body: { title: `${product.title} ${word}` }, token: ctx.adminToken })
  assert.equal(update.status, 200, update.text)
  const started = Date.now()
  // Read through server A: B emitted, the worker consumed, A sees the shared index.
  await eventually(() => searchFinds(ctx.a, word, product.id), { timeoutMs: 30_000, every: 250, what: "the product indexed" })
  console.log(`# event to index in ${Date.now() - started} ms`)
  assert.ok((await ctx.redis.keys("RedisEventBusService:events-queue:*")).length > 0, "BullMQ keys of the event bus exist in Redis")
})

test("answers kept in one server's memory follow changes made through the other; search answers outlive a reservation", { timeout: 120_000 }, async () => {
  const { json } = await api(ctx.b, "GET", "/store/ocop/products?limit=50")
  const card = json.products.find((p) => p.variants.some((v) => v.inventory_quantity > 2))
  assert.ok(card, "a product with stock to spare")
  const variant = card.variants.find((v) => v.inventory_quantity > 2)
  const onB = async () => (await api(ctx.b, "GET", `/store/ocop/products/${card.handle}`)).json.product.variants.find((v) => v.id === variant.id)
  // Asked twice: B keeps the answer.
  const first = await onB()
  assert.deepEqual(await onB(), first)
  const adminRoute = `/admin/products?handle=${card.handle}&fields=id,variants.id,variants.inventory_items.inventory_item_id`
  const [product] = (await api(ctx.a, "GET", adminRoute, { token: ctx.adminToken })).json.products
  const item = product.variants.find((v) => v.id === variant.id).inventory_items[0].inventory_item_id
  const location = (await api(ctx.a, "GET", "/admin/stock-locations?limit=1", { token: ctx.adminToken })).json.stock_locations[0]
  await eventually(async () => (await queuedEvents()) === 0, { timeoutMs: 30_000, what: "earlier events handled" })
  await sleep(1_000)
  const searchGeneration = await ctx.redis.get("ocop:catalogue:generation")
  const stockGeneration = Number(await ctx.redis.get("ocop:stock:generation"))

  // What an order does to stock, through A: B's product page shows it within moments.
  const reserved = await api(ctx.a, "POST", "/admin/reservations", { body: { inventory_item_id: item, location_id: location.id, quantity: 1 }, token: ctx.adminToken })
  assert.equal(reserved.status, 200, reserved.text)
  await eventually(async () => (await onB()).inventory_quantity === first.inventory_quantity - 1, { timeoutMs: 5_000, every: 100, what: "B showing the reserved unit" })
  // The worker rewrote the product's search document to the same content: search answers everywhere were kept.
  await eventually(async () => (await queuedEvents()) === 0, { timeoutMs: 30_000, what: "the reservation's events handled" })
  await sleep(1_000)
  assert.equal(await ctx.redis.get("ocop:catalogue:generation"), searchGeneration)
  assert.ok(Number(await ctx.redis.get("ocop:stock:generation")) > stockGeneration, "the stock generation moved")

  // A new price, through A: B's product page shows it within moments.
  const price = first.original_price + 1_000
  const priced = await api(ctx.a, "POST", `/admin/products/${product.id}/variants/${variant.id}`, { body: { prices: [{ currency_code: "vnd", amount: price }] }, token: ctx.adminToken })
  assert.equal(priced.status, 200, priced.text)
  await eventually(async () => (await onB()).original_price === price, { timeoutMs: 5_000, every: 100, what: "B showing the new price" })

  // Left as found for the tests after this one.
  await api(ctx.a, "DELETE", `/admin/reservations/${reserved.json.reservation.id}`, { token: ctx.adminToken })
  await api(ctx.a, "POST", `/admin/products/${product.id}/variants/${variant.id}`, { body: { prices: [{ currency_code: "vnd", amount: first.original_price }] }, token: ctx.adminToken })
})

test("a lock taken through Medusa's locking module holds across two processes, and an async workflow started in one finishes in the other", { timeout: 240_000 }, async () => {
  const runId = nonce
  const [first, second] = await Promise.all([runProbe("first", runId), runProbe("second", runId)])
  const lockOf = (lines) => lines.find((l) => l.lock)?.lock
  const [l1, l2] = [lockOf(first), lockOf(second)]
  assert.ok(l1 && l2, "both probes held the lock")
  // Both asked before either let go, so without a shared lock they would have overlapped.
  assert.ok(Math.max(l1.asked, l2.asked) < Math.min(l1.to, l2.to), "the probes asked for the lock at the same time")
  const [early, late] = l1.from <= l2.from ? [l1, l2] : [l2, l1]
  assert.ok(late.from >= early.to, `held one after the other: ${JSON.stringify({ early, late })}`)

  const started = first.find((l) => l.workflow?.state)
  assert.equal(started?.workflow.state, "invoking", "the workflow waits on its async step")
  const finished = first.find((l) => "finished" in (l.workflow ?? {}))
  assert.equal(finished?.workflow.finished, true, "the starting process heard that the workflow finished (Redis pub/sub)")
  const firstPid = first[0].pid
  const secondPid = second[0].pid
  assert.equal(finished.workflow.result.started.pid, firstPid)
  assert.equal(finished.workflow.result.answer.pid, secondPid, "the step result came from the other process")

  const client = new pg.Client({ connectionString: ctx.databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query("select state from workflow_execution where workflow_id = 'redis-probe' and transaction_id = $1", [`redis-probe-${runId}`])
    assert.deepEqual(rows.map((r) => r.state), ["done"])
  } finally {
    await client.end()
  }
})

test("rate limits are shared by the servers (counters in Redis)", { timeout: 120_000 }, async () => {
  // 30 look-ups of one stamp a minute per address (limitStampChecks), every answer counted.
  const code = `REDIS-${nonce}`.toUpperCase()
  const statuses = []
  for (let i = 0; i < 30; i++) statuses.push((await api(i % 2 ? ctx.b : ctx.a, "GET", `/store/trace/${code}`)).status)
  assert.ok(!statuses.includes(429), `30 look-ups pass: ${statuses.join(",")}`)
  await eventually(async () => (await ctx.redis.keys("ocop:rate-limit:*")).length > 0, { timeoutMs: 5_000, what: "a counter in Redis" })
  // Each server has seen only 15; a per-process counter would let these through.
  const onA = await api(ctx.a, "GET", `/store/trace/${code}`)
  const onB = await api(ctx.b, "GET", `/store/trace/${code}`)
  assert.equal(onA.status, 429, onA.text)
  assert.equal(onB.status, 429, onB.text)
  const retryAfter = Number(onB.headers.get("retry-after"))
  assert.ok(retryAfter > 0 && retryAfter <= 60, `Retry-After ${retryAfter}`)
  assert.match(onA.json.message, /tra cứu tem/)
  // Another stamp has its own window.
  assert.notEqual((await api(ctx.b, "GET", `/store/trace/${code}X`)).status, 429)

  // A burst sent to both servers at once is counted as it arrives: exactly 30 pass.
  const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => api(i % 2 ? ctx.b : ctx.a, "GET", `/store/trace/${code}Y`)))
  const passed = burst.filter((r) => r.status !== 429).length
  assert.equal(passed, 30, `burst statuses: ${burst.map((r) => r.status).join(",")}`)
})
