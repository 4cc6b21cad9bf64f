import net from "node:net"

/** Resolves true when nothing listens on the port (IPv4 and IPv6 loopback). */
export function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port)
  })
}

/** A port the OS says is free right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** Fails with one message naming every taken port and the variable that moves it. */
export async function assertPortsFree(ports) {
  const taken = []
  for (const [port, variable, what] of ports) {
    if (!(await isPortFree(port))) taken.push(`  - port ${port} (${what}) is already in use; stop what runs there or set ${variable}=<another port>`)
  }
  if (taken.length) {
    throw new Error(`Cannot start: a port is taken.\n${taken.join("\n")}`)
  }
}
