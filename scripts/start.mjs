#!/usr/bin/env node
// `npm start`: the whole marketplace on embedded defaults. Ctrl-C stops everything.
import { ensureDependencies } from "./lib/dependencies.mjs"

ensureDependencies()

const { stackSettings, startStack } = await import("./lib/stack.mjs")
const { seedStore } = await import("./lib/store-facts.mjs")

const settings = stackSettings()
const started = Date.now()
let stack
let stopping = false

async function shutdown(code) {
  if (stopping) return
  stopping = true
  console.log("\nStopping the storefront, the backend and PostgreSQL…")
  await stack?.stop()
  console.log("Stopped.")
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

try {
  stack = await startStack(settings)
} catch (error) {
  console.error(`\n✖ ${error.message}`)
  process.exit(1)
}

const seconds = ((Date.now() - started) / 1000).toFixed(0)
console.log(`
Chợ OCOP is running (started in ${seconds} s):
  Storefront       ${stack.storefrontUrl}
  Store API        ${stack.backendUrl}/store
  Admin dashboard  ${settings.adminEnabled ? stack.adminUrl : "(disabled by MEDUSA_ADMIN_DISABLED)"}
  Admin login      ${process.env.ADMIN_EMAIL || seedStore.admin.email} / ${process.env.ADMIN_PASSWORD || seedStore.admin.password}  (set when the store was first seeded)
  Database         ${settings.databaseUrl ? "DATABASE_URL" : `embedded PostgreSQL, data in ${settings.dataDir}`}
Press Ctrl-C to stop.`)

// If a service dies on its own, stop the rest instead of leaving half a shop up.
for (const service of [stack.backend, stack.storefront]) {
  service.exit.then(({ code, signal }) => {
    if (stopping) return
    console.error(`\n✖ The ${service.name} stopped (exit ${code ?? signal}); stopping everything.`)
    shutdown(1)
  })
}
