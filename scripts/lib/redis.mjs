import { spawnSync } from "node:child_process"
import net from "node:net"
import { startService } from "./processes.mjs"

const redisServer = process.env.REDIS_SERVER_PATH ?? "redis-server"

function redisRuns() {
  return spawnSync(redisServer, ["--version"], { encoding: "utf8" }).status === 0
}

/** The Redis suite needs Debian's `redis-server`; it is installed with apt when missing, as docker-compose is. */
export function ensureRedisServer() {
  if (redisRuns()) return
  if (process.getuid?.() !== 0) {
    throw new Error("redis-server is missing: install it (sudo apt-get install -y redis-server) or set REDIS_SERVER_PATH.")
  }
  console.log("Installing redis-server with apt-get (first run only)…")
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", "--no-install-recommends", "redis-server"]]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env })
    if (result.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed`)
  }
  if (!redisRuns()) throw new Error("redis-server was installed but does not run")
}

/** Sends one inline command and resolves the first reply line (enough for PING). */
function ask(port, command) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1")
    socket.setTimeout(1_000, () => socket.destroy(new Error("timeout")))
    socket.once("error", reject)
    socket.once("connect", () => socket.write(`${command}\r\n`))
    socket.once("data", (data) => {
      resolve(String(data).trim())
      socket.end()
    })
  })
}

/**
 * A throw-away Redis on a loopback port: no persistence, no Debian service,
 * its own process group so stop() ends it.
 */
export async function startRedis({ port, quiet = true }) {
  ensureRedisServer()
  const service = startService(
    "redis",
    redisServer,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no", "--dir", "/tmp"],
    { quiet }
  )
  const started = Date.now()
  while (Date.now() - started < 15_000) {
    if (service.exited) throw new Error(`redis-server exited before answering on port ${port}`)
    if ((await ask(port, "PING").catch(() => "")) === "+PONG") {
      return { url: `redis://127.0.0.1:${port}`, port, stop: () => service.stop() }
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  await service.stop()
  throw new Error(`redis-server did not answer on port ${port} within 15 s`)
}
