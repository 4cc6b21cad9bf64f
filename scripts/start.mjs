#!/usr/bin/env node
// `npm start`: the whole marketplace on embedded defaults. Ctrl-C stops everything.
import { ensureDependencies } from "./lib/dependencies.mjs"

ensureDependencies()

const { createStack, stackSettings, StackStopped } = await import("./lib/stack.mjs")
const { seedStore, portalAccounts } = await import("./lib/store-facts.mjs")

const settings = stackSettings()
const started = Date.now()
const stack = createStack(settings)
let stopping = false

// Ctrl-C at any moment, also while starting, stops whatever has started.
async function shutdown(code) {
  if (stopping) return
  stopping = true
  console.log("\nStopping the storefront, the backend and PostgreSQL…")
  await stack.stop()
  console.log("Stopped.")
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

let running
try {
  running = await stack.start()
} catch (error) {
  if (error instanceof StackStopped) await new Promise(() => {}) // shutdown() exits
  console.error(`\n✖ ${error.message}`)
  process.exit(1)
}

const seconds = ((Date.now() - started) / 1000).toFixed(0)
console.log(`
Chợ OCOP is running (started in ${seconds} s):
  Storefront       ${running.storefrontUrl}
  Store API        ${running.backendUrl}/store
  Admin dashboard  ${settings.adminEnabled ? running.adminUrl : "(disabled by MEDUSA_ADMIN_DISABLED)"}
  Admin login      ${process.env.ADMIN_EMAIL || seedStore.admin.email} / ${process.env.ADMIN_PASSWORD || seedStore.admin.password}  (set when the store was first seeded)
  Producer portal  ${running.storefrontUrl}/nha-san-xuat  chu.${portalAccounts.producerOwners[0].producer}@cho-ocop.local / ${portalAccounts.producerPassword}
  Province portal  ${running.storefrontUrl}/tinh  ${portalAccounts.officers[0].email} / ${portalAccounts.officerPassword}
  Database         ${settings.databaseUrl ? "DATABASE_URL" : `embedded PostgreSQL, data in ${settings.dataDir}`}
Press Ctrl-C to stop.`)

// If a service dies on its own, stop the rest instead of leaving half a shop up.
for (const service of [running.backend, running.storefront]) {
  service.exit.then(({ code, signal }) => {
    if (stopping) return
    console.error(`\n✖ The ${service.name} stopped (exit ${code ?? signal}); stopping everything.`)
    shutdown(1)
  })
}
