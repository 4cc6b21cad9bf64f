import { randomBytes } from "node:crypto"
import path from "node:path"
import { assertPortsFree } from "./ports.mjs"
import { startEmbeddedPostgres } from "./postgres.mjs"
import { run, startService, waitForHttp } from "./processes.mjs"
import { readStoreFacts } from "./store-facts.mjs"
import { backendDir, bin, defaultDataDir, storefrontDir } from "./paths.mjs"

/** Settings from the environment, with the defaults `npm start` documents. */
export function stackSettings(env = process.env) {
  return {
    backendPort: Number(env.BACKEND_PORT ?? 9000),
    storefrontPort: Number(env.STOREFRONT_PORT ?? 3000),
    postgresPort: Number(env.POSTGRES_PORT ?? 54329),
    dataDir: env.OCOP_DATA_DIR ? path.resolve(env.OCOP_DATA_DIR) : defaultDataDir,
    databaseUrl: env.DATABASE_URL || null,
    adminEnabled: env.MEDUSA_ADMIN_DISABLED !== "true",
    quiet: env.OCOP_QUIET === "true",
    // `medusa start` (NODE_ENV=production, as deployed) instead of `medusa develop`; the benchmarks use it.
    productionBackend: env.OCOP_PRODUCTION_BACKEND === "true",
  }
}

/**
 * PostgreSQL (embedded unless DATABASE_URL), migrations, the first-run seed,
 * the Medusa backend and the storefront, in that order. stop() may be called
 * at any moment, also halfway through start(): it ends what has started, in
 * reverse order, and start() then fails with StackStopped. `afterSeed` runs
 * once the store is seeded, before the backend starts, with `runMedusa(args)`.
 */
export function createStack(settings, log = console.log, { afterSeed } = {}) {
  const stops = []
  let stopped = false
  let current = null // kills the one-shot command running now (migrations, seed, build)

  let stopping = null
  const stop = () => {
    stopped = true
    current?.()
    stopping ??= (async () => {
      while (stops.length) await stops.pop()().catch((error) => log(`while stopping: ${error.message}`))
    })()
    return stopping
  }
  const step = () => {
    if (stopped) throw new StackStopped()
  }
  const runStep = async (command, args, options) => {
    step()
    try {
      await run(command, args, { ...options, onStart: (kill) => (current = kill) })
    } catch (error) {
      step() // killed by stop(): that is not the command's failure
      throw error
    }
    current = null
    step()
  }

  async function start() {
    try {
      await assertPortsFree([
        [settings.backendPort, "BACKEND_PORT", "backend"],
        [settings.storefrontPort, "STOREFRONT_PORT", "storefront"],
        ...(settings.databaseUrl ? [] : [[settings.postgresPort, "POSTGRES_PORT", "embedded PostgreSQL"]]),
      ])

      let databaseUrl = settings.databaseUrl
      if (!databaseUrl) {
        log(`Starting embedded PostgreSQL on port ${settings.postgresPort} (data in ${settings.dataDir})…`)
        const postgres = await startEmbeddedPostgres({
          dataDir: settings.dataDir,
          port: settings.postgresPort,
          database: "cho_ocop",
          log,
        })
        stops.push(postgres.stop)
        databaseUrl = postgres.url
      } else {
        log("Using the PostgreSQL at DATABASE_URL.")
      }

      const backendUrl = `http://localhost:${settings.backendPort}`
      const storefrontUrl = `http://localhost:${settings.storefrontPort}`
      const backendEnv = {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(settings.backendPort),
        MEDUSA_BACKEND_URL: backendUrl,
        STOREFRONT_URL: storefrontUrl,
        MEDUSA_DISABLE_TELEMETRY: "true",
        MEDUSA_ADMIN_DISABLED: settings.adminEnabled ? "false" : "true",
      }
      const quiet = settings.quiet

      log("Running database migrations…")
      await runStep(bin("medusa", backendDir), ["db:migrate"], { cwd: backendDir, env: backendEnv, label: "migrate", quiet: true })

      let facts = await readStoreFacts(databaseUrl)
      if (facts.halfSeeded) {
        throw new Error(
          "An earlier first run was stopped while it seeded the demo store, so the database is half-filled. " +
            "`npm run db:reset` deletes it; the next `npm start` seeds it again."
        )
      }
      if (!facts.seeded) {
        log("First run: seeding the demo store…")
        await runStep(bin("medusa", backendDir), ["exec", "./src/scripts/seed.ts"], { cwd: backendDir, env: backendEnv, label: "seed", quiet })
        facts = await readStoreFacts(databaseUrl)
      }
      if (process.env.STRIPE_API_KEY) {
        // A store seeded before the key was set offers cards from now on.
        await runStep(bin("medusa", backendDir), ["exec", "./src/scripts/sync-payment-providers.ts"], { cwd: backendDir, env: backendEnv, label: "payments", quiet: true })
      }
      if (!facts.publishableKey) {
        throw new Error("The database has no publishable API key for the storefront; `npm run db:reset` starts over.")
      }
      if (afterSeed) {
        const runMedusa = (args, label = args[0]) =>
          runStep(bin("medusa", backendDir), args, { cwd: backendDir, env: backendEnv, label, quiet })
        await afterSeed({ databaseUrl, runMedusa })
      }

      step()
      log(`Starting the backend${settings.productionBackend ? " (production)" : ""}…`)
      const backend = startService(
        "backend",
        bin("medusa", backendDir),
        [settings.productionBackend ? "start" : "develop"],
        { cwd: backendDir, env: settings.productionBackend ? productionEnv(backendEnv) : backendEnv, quiet }
      )
      stops.push(() => backend.stop())
      await waitForHttp(`${backendUrl}/health`, { service: backend })

      log("Building and starting the storefront…")
      const storefrontEnv = {
        ...process.env,
        PORT: String(settings.storefrontPort),
        MEDUSA_BACKEND_URL: backendUrl,
        MEDUSA_PUBLISHABLE_KEY: facts.publishableKey,
        NODE_ENV: "production",
        // Signs the portal login cookie; without one set, each start makes its own (portal logins end with it).
        SESSION_SECRET: process.env.SESSION_SECRET || randomBytes(32).toString("hex"),
      }
      await runStep(bin("react-router", storefrontDir), ["build"], { cwd: storefrontDir, env: storefrontEnv, label: "storefront build", quiet: true })
      const storefront = startService("storefront", process.execPath, ["server.mjs"], {
        cwd: storefrontDir,
        env: storefrontEnv,
        quiet,
      })
      stops.push(() => storefront.stop())
      await waitForHttp(`${storefrontUrl}/`, { service: storefront, anyStatus: true })
      step()

      return { backendUrl, storefrontUrl, adminUrl: `${backendUrl}/app`, databaseUrl, backend, storefront }
    } catch (error) {
      // A stop() from outside makes whatever was running fail: report the stop, not that failure.
      const stoppedFromOutside = stopped
      await stop()
      throw stoppedFromOutside ? new StackStopped() : error
    }
  }

  return { start, stop }
}

/** `medusa start` runs with NODE_ENV=production, where the backend refuses to start without its own secrets. */
function productionEnv(env) {
  return {
    ...env,
    NODE_ENV: "production",
    JWT_SECRET: env.JWT_SECRET || randomBytes(32).toString("hex"),
    COOKIE_SECRET: env.COOKIE_SECRET || randomBytes(32).toString("hex"),
  }
}

export class StackStopped extends Error {
  constructor() {
    super("stopped before it finished starting")
  }
}
