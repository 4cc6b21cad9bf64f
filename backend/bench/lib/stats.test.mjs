// The benchmark's arithmetic: what `npm run bench` prints as PASS or FAIL rests on it.
import assert from "node:assert/strict"
import { test } from "node:test"
import { checkBudgets, percentile, summarize, table } from "./stats.mjs"

test("percentiles are nearest-rank over the answered requests", () => {
  const values = Array.from({ length: 100 }, (_, i) => i + 1) // 1..100 ms
  assert.equal(percentile(values, 50), 50)
  assert.equal(percentile(values, 95), 95)
  assert.equal(percentile(values, 99), 99)
  assert.equal(percentile(values, 100), 100)
  assert.equal(percentile([7], 95), 7)
  assert.equal(percentile([], 50), null)
})

test("a measurement reports requests per second over its duration and keeps its errors", () => {
  const summary = summarize({ latencies: [30, 10, 20, 40], errors: 2, seconds: 2 })
  assert.deepEqual(summary, { requests: 4, errors: 2, rps: 2, p50: 20, p95: 40, p99: 40 })
})

const row = (target, concurrency, p50, p95, errors = 0) => ({ target, concurrency, p50, p95, p99: p95, rps: 1, errors })

test("the filtered list passes when it is at most 20 % slower than plain Medusa at every concurrency", () => {
  const rows = [
    row("medusa-products", 1, 20, 30),
    row("ocop-filtered", 1, 24, 36), // exactly 1.2×
    row("medusa-products", 10, 100, 150),
    row("ocop-filtered", 10, 60, 90),
    row("search", 10, 20, 49),
  ]
  const checks = checkBudgets(rows)
  assert.deepEqual(checks.map((c) => c.pass), [true, true, true])
  assert.deepEqual(checks[0].value, { p50_ratio: 1.2, p95_ratio: 1.2 })
})

test("a slower filtered list, a slow search or errors fail their budget", () => {
  const rows = [
    row("medusa-products", 1, 20, 30),
    row("ocop-filtered", 1, 21, 40), // p95 1.33×
    row("medusa-products", 10, 100, 150),
    row("ocop-filtered", 10, 50, 60, 3), // fast but with errors
    row("search", 10, 20, 50), // 50 is not under 50
  ]
  const checks = checkBudgets(rows)
  assert.deepEqual(checks.map((c) => c.pass), [false, false, false])
  assert.match(checks[2].budget, /search p95 at 10 clients/)
})

test("search is held to its budget while orders move stock too", () => {
  const checks = checkBudgets([row("search", 10, 5, 20), row("search-while-stock-moves", 10, 30, 120)])
  assert.deepEqual(
    checks.map((c) => [c.budget, c.pass]),
    [["search p95 at 10 clients", true], ["search-while-stock-moves p95 at 10 clients", false]]
  )
})

test("while orders move stock, the filtered list is held to plain Medusa's list under the same writes", () => {
  const checks = checkBudgets([
    row("medusa-products", 10, 100, 150),
    row("ocop-filtered", 10, 60, 90),
    row("medusa-products-while-stock-moves", 10, 120, 200),
    row("ocop-filtered-while-stock-moves", 10, 90, 300), // p95 1.5× Medusa's under the same writes
  ])
  assert.deepEqual(
    checks.map((c) => [c.budget, c.pass]),
    [
      ["ocop-filtered vs medusa-products at 10 clients", true],
      ["ocop-filtered-while-stock-moves vs medusa-products-while-stock-moves at 10 clients", false],
    ]
  )
})

test("the table has one row per target and concurrency, numbers right-aligned", () => {
  const text = table([row("search", 10, 12.5, 40.2)])
  const lines = text.split("\n")
  assert.equal(lines.length, 3)
  assert.match(lines[0], /\| target \| clients \| p50 ms \| p95 ms \| p99 ms \| req\/s \| errors \| CPU ms\/req backend \/ PostgreSQL \|/)
  assert.match(lines[2], /\| search \|\s+10 \|\s+12\.5 \|\s+40\.2 \|.*\|\s+- \|$/)
})

test("the table shows where a request's CPU went when it was measured", () => {
  const measured = { ...row("search", 10, 12.5, 40.2), cpu_ms_per_request: { backend: 7.6, postgres: 11.9 } }
  assert.match(table([measured]).split("\n")[2], /\|\s+7\.6 \/ 11\.9 \|$/)
})
