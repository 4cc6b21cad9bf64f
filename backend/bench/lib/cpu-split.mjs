// Where a measurement's CPU went, per answered request: the backend's Node process, PostgreSQL, the
// storefront, this process (the load tool and the stock mover), the rest; and what the hypervisor took
// from the machine (steal). Latency alone cannot tell a slow statement from a busy machine.
import fs from "node:fs"

// Linux reports CPU time in USER_HZ ticks, 100 a second on every platform Node supports.
const TICK_MS = 10
export const CPU_GROUPS = ["backend", "postgres", "storefront", "load_tool", "other"]

/** Command name and CPU ticks (user + system, all threads) from /proc/<pid>/stat. */
export function parseProcessStat(text) {
  // The command name is in parentheses and may itself hold spaces or parentheses.
  const close = text.lastIndexOf(")")
  const fields = text.slice(close + 2).split(" ")
  // fields[0] is the state (field 3 of stat); utime and stime are fields 14 and 15.
  return { comm: text.slice(text.indexOf("(") + 1, close), ticks: Number(fields[11]) + Number(fields[12]) }
}

/** The whole machine's busy and stolen ticks from /proc/stat's first line. */
export function parseMachineStat(text) {
  const [user, nice, system, , , irq, softirq, steal = 0] = text.split("\n")[0].trim().split(/\s+/).slice(1).map(Number)
  return { busy: user + nice + system + irq + softirq, steal }
}

/** Which part of the bench stack a process is. */
export function classify({ pid, comm, cmdline }, selfPid = process.pid) {
  if (pid === selfPid) return "load_tool"
  if (comm === "postgres") return "postgres"
  if (/\bmedusa\b.*\bstart\b/.test(cmdline)) return "backend"
  if (/\bserver\.mjs\b|react-router-serve/.test(cmdline)) return "storefront"
  return "other"
}

/** CPU ticks so far of every process, and of the machine. Linux only; null elsewhere. */
export function cpuSnapshot() {
  let pids
  try {
    pids = fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))
  } catch {
    return null
  }
  const processes = new Map()
  for (const name of pids) {
    try {
      const { comm, ticks } = parseProcessStat(fs.readFileSync(`/proc/${name}/stat`, "utf8"))
      const cmdline = fs.readFileSync(`/proc/${name}/cmdline`, "utf8").replace(/\0/g, " ")
      processes.set(Number(name), { group: classify({ pid: Number(name), comm, cmdline }), ticks })
    } catch {
      // It ended while being read.
    }
  }
  return { processes, machine: parseMachineStat(fs.readFileSync("/proc/stat", "utf8")) }
}

/**
 * Milliseconds of CPU per request between two snapshots, by group, plus the machine's busy and
 * stolen time. A process that started in between counts from zero; one that ended is lost (the
 * stack's processes live through a measurement).
 */
export function cpuPerRequest(before, after, requests) {
  if (!before || !after || !requests) return null
  const perRequest = (ticks) => Math.round(((ticks * TICK_MS) / requests) * 10) / 10
  const byGroup = Object.fromEntries(CPU_GROUPS.map((group) => [group, 0]))
  for (const [pid, { group, ticks }] of after.processes) byGroup[group] += ticks - (before.processes.get(pid)?.ticks ?? 0)
  return {
    ...Object.fromEntries(CPU_GROUPS.map((group) => [group, perRequest(byGroup[group])])),
    machine: perRequest(after.machine.busy - before.machine.busy),
    steal: perRequest(after.machine.steal - before.machine.steal),
  }
}
