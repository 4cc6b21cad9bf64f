// Where the bench says a request's CPU went: read from /proc as Linux writes it.
import assert from "node:assert/strict"
import { test } from "node:test"
import { classify, cpuPerRequest, cpuSnapshot, parseMachineStat, parseProcessStat } from "./cpu-split.mjs"

test("a process's CPU is its user and system ticks, even when its name holds spaces and parentheses", () => {
  const stat = "3161 (node (a) b) S 2951 3161 3161 0 -1 4194304 147310 6704 0 0 1598 110 29 2 20 0 14 0 7474631"
  assert.deepEqual(parseProcessStat(stat), { comm: "node (a) b", ticks: 1598 + 110 })
})

test("the machine's busy time leaves out idle and iowait, and its stolen time is apart", () => {
  assert.deepEqual(parseMachineStat("cpu  600 10 80 7000 50 0 13 45 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\n"), { busy: 600 + 10 + 80 + 13, steal: 45 })
})

test("processes are told apart as the bench stack runs them", () => {
  assert.equal(classify({ pid: 7, comm: "node", cmdline: "node bench/run.mjs" }, 7), "load_tool")
  assert.equal(classify({ pid: 8, comm: "postgres", cmdline: "postgres: postgres cho_ocop 127.0.0.1(5432) idle" }, 7), "postgres")
  assert.equal(classify({ pid: 9, comm: "node", cmdline: "node /repo/node_modules/.bin/medusa start" }, 7), "backend")
  assert.equal(classify({ pid: 10, comm: "node", cmdline: "/usr/bin/node server.mjs" }, 7), "storefront")
  assert.equal(classify({ pid: 11, comm: "sshd", cmdline: "sshd: root" }, 7), "other")
})

test("CPU per request counts each process's ticks between the snapshots, a new process from zero", () => {
  const snapshot = (processes, busy, steal) => ({ processes: new Map(processes), machine: { busy, steal } })
  const before = snapshot([[1, { group: "backend", ticks: 100 }], [2, { group: "postgres", ticks: 50 }]], 1000, 10)
  const after = snapshot(
    [
      [1, { group: "backend", ticks: 300 }],
      [2, { group: "postgres", ticks: 250 }],
      [3, { group: "postgres", ticks: 100 }],
    ],
    1600,
    30
  )
  // 200 requests: backend 200 ticks = 2,000 ms → 10 ms each; postgres 300 ticks → 15 ms each.
  assert.deepEqual(cpuPerRequest(before, after, 200), { backend: 10, postgres: 15, storefront: 0, load_tool: 0, other: 0, machine: 30, steal: 1 })
  assert.equal(cpuPerRequest(before, after, 0), null)
})

test("a snapshot of this machine finds this process as the load tool, with the CPU it spends", () => {
  const before = cpuSnapshot()
  const until = Date.now() + 200
  while (Date.now() < until); // 200 ms of work: 20 ticks.
  const split = cpuPerRequest(before, cpuSnapshot(), 1)
  assert.ok(split.load_tool >= 100, `load tool ${split.load_tool} ms`)
  assert.ok(split.machine >= split.load_tool - 20, `machine ${split.machine} ms`)
})
