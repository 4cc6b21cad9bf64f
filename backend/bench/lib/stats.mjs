// Numbers of a benchmark run: latency percentiles, the comparison with plain Medusa, the budgets, the table.

/** The p-th percentile (0–100) of sorted values, nearest-rank, as load tools report it. */
export function percentile(sorted, p) {
  if (!sorted.length) return null
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

/** One measurement: latencies (ms) of the answered requests, errors, and the seconds it ran. */
export function summarize({ latencies, errors = 0, seconds }) {
  const sorted = [...latencies].sort((a, b) => a - b)
  const round = (n) => (n == null ? null : Math.round(n * 10) / 10)
  return {
    requests: sorted.length,
    errors,
    rps: Math.round((sorted.length / seconds) * 10) / 10,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
  }
}

/**
 * The budgets on one run's rows ({ target, concurrency, p50, p95, rps }):
 * the OCOP-filtered list at most `maxSlowdown` slower than plain `GET /store/products`
 * (p50 and p95, same concurrency), alone and both while orders move stock, and search p95 under `searchP95Ms` at `searchConcurrency` clients,
 * alone and while orders move stock.
 */
export function checkBudgets(
  rows,
  {
    // Each OCOP-filtered list and plain Medusa's list measured the same way.
    lists = [
      ["ocop-filtered", "medusa-products"],
      ["ocop-filtered-while-stock-moves", "medusa-products-while-stock-moves"],
    ],
    searches = ["search", "search-while-stock-moves"],
    maxSlowdown = 0.2,
    searchP95Ms = 50,
    searchConcurrency = 10,
  } = {}
) {
  const find = (target, c) => rows.find((r) => r.target === target && r.concurrency === c)
  const checks = []
  for (const [list, baseline] of lists) {
    const concurrencies = [...new Set(rows.filter((r) => r.target === list).map((r) => r.concurrency))].sort((a, b) => a - b)
    for (const c of concurrencies) {
      const ours = find(list, c)
      const plain = find(baseline, c)
      if (!plain || !ours) continue
      const p50 = ratio(ours.p50, plain.p50)
      const p95 = ratio(ours.p95, plain.p95)
      checks.push({
        budget: `${list} vs ${baseline} at ${c} clients`,
        value: { p50_ratio: p50, p95_ratio: p95 },
        limit: 1 + maxSlowdown,
        pass: ours.errors === 0 && p50 !== null && p95 !== null && p50 <= 1 + maxSlowdown && p95 <= 1 + maxSlowdown,
      })
    }
  }
  for (const search of searches) {
    const s = find(search, searchConcurrency)
    if (!s) continue
    checks.push({
      budget: `${search} p95 at ${searchConcurrency} clients`,
      value: { p95_ms: s.p95 },
      limit: searchP95Ms,
      pass: s.errors === 0 && s.p95 !== null && s.p95 < searchP95Ms,
    })
  }
  return checks
}

const ratio = (a, b) => (a == null || !b ? null : Math.round((a / b) * 100) / 100)

/** A Markdown table, so the README can take it as it is. */
export function table(rows) {
  const head = ["target", "clients", "p50 ms", "p95 ms", "p99 ms", "req/s", "errors", "CPU ms/req backend / PostgreSQL"]
  const cpu = (r) => (r.cpu_ms_per_request ? `${r.cpu_ms_per_request.backend} / ${r.cpu_ms_per_request.postgres}` : null)
  const body = rows.map((r) => [r.target, r.concurrency, r.p50, r.p95, r.p99, r.rps, r.errors, cpu(r)].map((v) => (v == null ? "-" : String(v))))
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)))
  const line = (cells) => `| ${cells.map((c, i) => (i < 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`
  return [line(head), `|${widths.map((w, i) => (i < 1 ? "-".repeat(w + 2) : "-".repeat(w + 1) + ":")).join("|")}|`, ...body.map(line)].join("\n")
}
