import { spawn } from "node:child_process"
import readline from "node:readline"

/**
 * Runs a long-lived child in its own process group, its output prefixed, so
 * that stop() can end it together with whatever it forked (medusa develop
 * forks the server).
 */
export function startService(name, command, args, { cwd, env, quiet = false, onLine } = {}) {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  const prefix = `[${name}] `
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on("line", (line) => {
      onLine?.(line)
      if (!quiet) process.stdout.write(prefix + line + "\n")
    })
  }
  let exited = false
  const exit = new Promise((resolve) => {
    child.on("exit", (code, signal) => {
      exited = true
      resolve({ code, signal })
    })
  })
  return {
    name,
    child,
    exit,
    get exited() {
      return exited
    },
    async stop(graceMs = 10_000) {
      if (exited) return
      signalGroup(child.pid, "SIGTERM")
      const timer = setTimeout(() => signalGroup(child.pid, "SIGKILL"), graceMs)
      await exit
      clearTimeout(timer)
      // The group leader may be gone while a forked child still runs.
      signalGroup(child.pid, "SIGKILL")
    },
  }
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal)
  } catch {
    // already gone
  }
}

/**
 * Runs a command to completion; rejects with its tail of output when it fails.
 * `onStart` receives a function that kills it, for a stop that comes meanwhile.
 */
export function run(command, args, { cwd, env, label = command, quiet = false, onStart } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] })
    onStart?.(() => child.kill("SIGTERM"))
    const tail = []
    const onLine = (line) => {
      tail.push(line)
      if (tail.length > 60) tail.shift()
      if (!quiet) process.stdout.write(`[${label}] ${line}\n`)
    }
    readline.createInterface({ input: child.stdout }).on("line", onLine)
    readline.createInterface({ input: child.stderr }).on("line", onLine)
    child.on("error", reject)
    child.on("exit", (code) => {
      if (code === 0) resolve()
      else reject(new Error(`${label} failed (exit ${code}).\n${quiet ? tail.join("\n") : ""}`))
    })
  })
}

/** Polls a URL until it answers (any HTTP status when anyStatus) or the service dies. */
export async function waitForHttp(url, { service, timeoutMs = 180_000, anyStatus = false } = {}) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (service?.exited) throw new Error(`${service.name} stopped before ${url} answered.`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      if (anyStatus || response.ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s.`)
}
