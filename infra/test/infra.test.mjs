// Checks of the deployment files that need no Docker engine and no cluster:
// `docker-compose config` (Debian's 1.29, which parses without an engine) and the
// Kubernetes manifests parsed as YAML. Run: node --test --test-reporter=spec infra/test/
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { after, describe, test } from "node:test"
import { fileURLToPath } from "node:url"
import { parse, parseAllDocuments } from "yaml"

const infra = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const composeFile = path.join(infra, "docker-compose.yml")
const testEnvFile = path.join(infra, "test", "compose.test.env")
const k8sDir = path.join(infra, "k8s")
const scratch = mkdtempSync(path.join(os.tmpdir(), "cho-ocop-infra-test-"))
after(() => rmSync(scratch, { recursive: true, force: true }))

/** Variables the compose file reads, so that the caller's shell cannot fill them in. */
const composeVariables = [...new Set([...readFileSync(composeFile, "utf8").matchAll(/\$\{([A-Z0-9_]+)/g)].map((m) => m[1]))]

function compose(args, envFile) {
  const env = { ...process.env }
  for (const name of composeVariables) delete env[name]
  const result = spawnSync("docker-compose", ["-f", composeFile, "--env-file", envFile, ...args], { env, encoding: "utf8" })
  if (result.error) throw new Error(`docker-compose could not run (${result.error.message}); scripts/test.mjs installs it as root`)
  return result
}

const envLines = readFileSync(testEnvFile, "utf8").split("\n")

describe("docker-compose.yml", () => {
  test("validates with `docker-compose config -q` and the dummy env file", () => {
    const result = compose(["config", "-q"], testEnvFile)
    assert.equal(result.status, 0, result.stderr)
  })

  for (const secret of ["JWT_SECRET", "COOKIE_SECRET", "POSTGRES_PASSWORD", "MEILI_MASTER_KEY", "SESSION_SECRET"]) {
    test(`fails clearly when ${secret} is left out`, () => {
      const file = path.join(scratch, `without-${secret}.env`)
      writeFileSync(file, envLines.filter((line) => !line.startsWith(`${secret}=`)).join("\n"))
      const result = compose(["config", "-q"], file)
      assert.notEqual(result.status, 0, "config should fail")
      assert.match(result.stderr, new RegExp(`${secret} is required`))
    })
  }

  test("wires the services as documented", () => {
    const result = compose(["config"], testEnvFile)
    assert.equal(result.status, 0, result.stderr)
    const { services, volumes } = parse(result.stdout)
    assert.deepEqual(Object.keys(services).sort(), ["backend", "meilisearch", "migrate", "postgres", "redis", "storefront", "worker"])
    assert.ok(volumes["postgres-data"] !== undefined && volumes["meilisearch-data"] !== undefined)

    assert.match(services.postgres.image, /^postgres:/)
    assert.match(services.postgres.healthcheck.test.join(" "), /pg_isready/)
    assert.match(services.redis.healthcheck.test.join(" "), /redis-cli ping/)
    const [, minor] = services.meilisearch.image.match(/^getmeili\/meilisearch:v1\.(\d+)/) ?? []
    assert.ok(Number(minor) >= 15, `Meilisearch v1.15+ expected, got ${services.meilisearch.image}`)
    assert.ok(services.meilisearch.healthcheck)

    assert.deepEqual(services.migrate.command, ["npx", "medusa", "db:migrate"])
    assert.equal(services.migrate.restart, "no")
    assert.equal(services.migrate.depends_on.postgres.condition, "service_healthy")

    const backend = services.backend
    assert.equal(backend.environment.MEDUSA_WORKER_MODE, "server")
    assert.equal(backend.restart, "unless-stopped")
    assert.equal(backend.depends_on.migrate.condition, "service_completed_successfully")
    assert.equal(backend.depends_on.redis.condition, "service_healthy")
    assert.equal(backend.depends_on.meilisearch.condition, "service_healthy")
    assert.match(backend.healthcheck.test.join(" "), /127\.0\.0\.1:9000\/health/)
    for (const name of ["DATABASE_URL", "REDIS_URL", "MEILISEARCH_HOST", "MEILISEARCH_API_KEY", "JWT_SECRET", "COOKIE_SECRET",
      "STORE_CORS", "ADMIN_CORS", "AUTH_CORS", "STOREFRONT_URL", "MEDUSA_BACKEND_URL", "STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET"]) {
      assert.ok(name in backend.environment, `backend lacks ${name}`)
    }
    assert.equal(backend.environment.NODE_ENV, "production")
    assert.equal(backend.environment.MEDUSA_FF_CACHING, "true")
    assert.equal(backend.environment.MEDUSA_DISABLE_TELEMETRY, "true")
    assert.equal(backend.environment.DATABASE_URL, "postgres://medusa:test-postgres-password@postgres:5432/cho_ocop")

    assert.equal(services.worker.environment.MEDUSA_WORKER_MODE, "worker")
    assert.equal(services.worker.environment.MEDUSA_ADMIN_DISABLED, "true")
    assert.equal(services.worker.image, backend.image, "the worker runs the backend image")

    const storefront = services.storefront
    assert.equal(storefront.environment.MEDUSA_BACKEND_URL, "http://backend:9000")
    assert.equal(storefront.environment.MEDUSA_PUBLISHABLE_KEY, "pk_test_dummy")
    assert.equal(storefront.environment.SESSION_SECRET, "test-session-secret")
    assert.match(storefront.healthcheck.test.join(" "), /127\.0\.0\.1:3000\//)
  })

  test("infra/.env.example names every variable the compose file reads", () => {
    const example = readFileSync(path.join(infra, ".env.example"), "utf8")
    const listed = new Set([...example.matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]))
    const missing = composeVariables.filter((name) => !listed.has(name))
    assert.deepEqual(missing, [])
  })
})

describe("Dockerfiles", () => {
  for (const name of ["backend", "storefront"]) {
    test(`${name}.Dockerfile: node:20-bookworm-slim stages, non-root runtime, EXPOSE and HEALTHCHECK`, () => {
      const text = readFileSync(path.join(infra, `${name}.Dockerfile`), "utf8")
      assert.match(text, /^ARG NODE_IMAGE=node:20-bookworm-slim$/m)
      for (const stage of ["deps", "build", "runtime"]) assert.match(text, new RegExp(`^FROM \\S+ AS ${stage}$`, "m"))
      const runtime = text.slice(text.search(/^FROM \S+ AS runtime$/m))
      assert.match(runtime, /^USER node$/m)
      assert.match(runtime, /^EXPOSE \d+$/m)
      assert.match(runtime, /^HEALTHCHECK .*\n\s+CMD \["node"/m)
      assert.doesNotMatch(text, /^RUN\b.*\bnpm ci\b/m, "npm ci fails with this lockfile (see the comment)")
      readFileSync(path.join(infra, `${name}.Dockerfile.dockerignore`), "utf8")
    })
  }
})

describe("Kubernetes manifests", () => {
  const files = readdirSync(k8sDir).filter((file) => /\.ya?ml$/.test(file))
  const objects = []
  for (const file of files) {
    test(`${file} parses and every object has apiVersion, kind and metadata.name, no namespace`, () => {
      const documents = parseAllDocuments(readFileSync(path.join(k8sDir, file), "utf8"))
      assert.ok(documents.length > 0)
      for (const document of documents) {
        assert.deepEqual(document.errors, [], `${file}: ${document.errors.join("; ")}`)
        const object = document.toJS()
        assert.ok(object.apiVersion, `${file}: apiVersion`)
        assert.ok(object.kind, `${file}: kind`)
        assert.ok(object.metadata?.name, `${file}: metadata.name`)
        assert.equal(object.metadata.namespace, undefined, `${file}: manifests stay namespace-agnostic`)
        objects.push(object)
      }
    })
  }

  const find = (kind, name) => objects.find((o) => o.kind === kind && o.metadata.name === name)
  const container = (deployment) => deployment.spec.template.spec.containers[0]
  const envValue = (c, name) => c.env?.find((e) => e.name === name)?.value

  test("every Deployment has readiness and liveness probes, resources, and selects its own pods", () => {
    const deployments = objects.filter((o) => o.kind === "Deployment")
    assert.equal(deployments.length, 3)
    for (const deployment of deployments) {
      const labels = deployment.spec.template.metadata.labels
      for (const [key, value] of Object.entries(deployment.spec.selector.matchLabels)) assert.equal(labels[key], value)
      for (const c of deployment.spec.template.spec.containers) {
        assert.ok(c.readinessProbe, `${deployment.metadata.name}: readinessProbe`)
        assert.ok(c.livenessProbe, `${deployment.metadata.name}: livenessProbe`)
        assert.ok(c.resources?.requests?.memory && c.resources?.limits?.memory, `${deployment.metadata.name}: memory`)
      }
    }
  })

  test("backend: 3 server replicas probed on /health; worker: 1 replica in worker mode; storefront: 2 replicas", () => {
    const backend = find("Deployment", "cho-ocop-backend")
    assert.equal(backend.spec.replicas, 3)
    assert.equal(envValue(container(backend), "MEDUSA_WORKER_MODE"), "server")
    assert.equal(container(backend).readinessProbe.httpGet.path, "/health")
    assert.equal(container(backend).livenessProbe.httpGet.path, "/health")
    assert.equal(container(backend).resources.requests.memory, "512Mi")

    const worker = find("Deployment", "cho-ocop-worker")
    assert.equal(worker.spec.replicas, 1)
    assert.equal(envValue(container(worker), "MEDUSA_WORKER_MODE"), "worker")
    assert.equal(envValue(container(worker), "MEDUSA_ADMIN_DISABLED"), "true")
    assert.equal(container(worker).image, container(backend).image)

    const storefront = find("Deployment", "cho-ocop-storefront")
    assert.equal(storefront.spec.replicas, 2)
    assert.equal(container(storefront).readinessProbe.httpGet.path, "/")
  })

  test("Services, HPAs, the migration Job, ConfigMap and Secret fit together", () => {
    for (const name of ["cho-ocop-backend", "cho-ocop-storefront"]) {
      const service = find("Service", name)
      assert.ok(service, `Service ${name}`)
      assert.deepEqual(service.spec.selector, find("Deployment", name).spec.selector.matchLabels)
      const hpa = find("HorizontalPodAutoscaler", name)
      assert.equal(hpa?.apiVersion, "autoscaling/v2", `HPA ${name}`)
      assert.equal(hpa.spec.scaleTargetRef.name, name)
      assert.equal(hpa.spec.minReplicas, find("Deployment", name).spec.replicas, "the HPA floor is the Deployment's replicas")
    }
    const job = find("Job", "cho-ocop-migrate")
    assert.deepEqual(container({ spec: job.spec }).command, ["npx", "medusa", "db:migrate"])
    assert.equal(job.spec.template.spec.restartPolicy, "Never")

    const config = find("ConfigMap", "cho-ocop-config")
    const secret = find("Secret", "cho-ocop-secrets")
    for (const key of ["DATABASE_URL", "REDIS_URL", "MEILISEARCH_API_KEY", "JWT_SECRET", "COOKIE_SECRET", "SESSION_SECRET"]) {
      assert.ok(key in secret.stringData, `Secret ${key}`)
      assert.ok(!(key in config.data), `${key} must not be in the ConfigMap`)
    }
    assert.equal(config.data.NODE_ENV, "production")
    // Every ConfigMap/Secret key a pod refers to exists.
    for (const deployment of objects.filter((o) => o.kind === "Deployment" || o.kind === "Job")) {
      for (const e of container(deployment).env ?? []) {
        const ref = e.valueFrom?.configMapKeyRef ?? e.valueFrom?.secretKeyRef
        if (!ref) continue
        const source = e.valueFrom.configMapKeyRef ? config.data : secret.stringData
        assert.ok(ref.key in source, `${deployment.metadata.name}: ${ref.name}/${ref.key}`)
      }
    }
  })
})
