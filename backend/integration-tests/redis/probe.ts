import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse, WorkflowResponse, createStep, createWorkflow } from "@medusajs/framework/workflows-sdk"
import Redis from "ioredis"

/**
 * Run by the Redis suite (redis-mode.test.mjs) as two `medusa exec` processes
 * at once, both with REDIS_URL: `medusa exec ./integration-tests/redis/probe.ts
 * <first|second> <run id>`. Each prints `PROBE {json}` lines for the test.
 *
 * 1. Both wait for each other (a counter in Redis), then both take the same
 *    lock through Medusa's locking module and hold it for a while: the times
 *    they held it must not overlap.
 * 2. "first" starts a workflow whose second step is async and waits; "second"
 *    marks that step done. The workflow finishes in "second"'s process and
 *    "first" hears of it: state and notifications went through Redis.
 */

export const PROBE_WORKFLOW = "redis-probe"
export const PROBE_WAIT_STEP = "redis-probe-wait"

const startedStep = createStep("redis-probe-started", async () => new StepResponse({ pid: process.pid }))
const waitStep = createStep({ name: PROBE_WAIT_STEP, async: true, timeout: 120 }, async () => {})

createWorkflow({ name: PROBE_WORKFLOW, store: true, retentionTime: 600 }, () => {
  const started = startedStep()
  const answer = waitStep()
  return new WorkflowResponse({ started, answer })
})

const say = (what: Record<string, unknown>) => console.log(`PROBE ${JSON.stringify({ pid: process.pid, ...what })}`)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function barrier(redis: Redis, key: string, parties: number) {
  await redis.incr(key)
  await redis.expire(key, 600)
  const until = Date.now() + 180_000
  while (Number(await redis.get(key)) < parties) {
    if (Date.now() > until) throw new Error("the other probe never arrived")
    await sleep(50)
  }
}

export default async function probe({ container, args }: ExecArgs) {
  const [role, runId] = args
  if (!process.env.REDIS_URL || !runId || !["first", "second"].includes(role)) {
    throw new Error("usage: REDIS_URL=… medusa exec probe.ts <first|second> <run id>")
  }
  const redis = new Redis(process.env.REDIS_URL)
  try {
    const locking: any = container.resolve(Modules.LOCKING)
    const engine: any = container.resolve(Modules.WORKFLOW_ENGINE)

    await barrier(redis, `redis-probe:${runId}:ready`, 2)
    const asked = Date.now()
    await locking.execute(
      `redis-probe-lock:${runId}`,
      async () => {
        const from = Date.now()
        await sleep(1_500)
        say({ role, lock: { asked, from, to: Date.now() } })
      },
      { timeout: 30 }
    )

    const transactionId = `redis-probe-${runId}`
    if (role === "first") {
      const finished = new Promise<any>((resolve) => {
        engine.subscribe({
          workflowId: PROBE_WORKFLOW,
          transactionId,
          subscriber: (event: any) => {
            if (event.eventType === "onFinish") resolve(event)
          },
        })
      })
      const { transaction } = await engine.run(PROBE_WORKFLOW, { transactionId, input: {}, throwOnError: true })
      say({ role, workflow: { state: transaction.getFlow().state } })
      await redis.set(`redis-probe:${runId}:waiting`, "1", "EX", 600)
      const event = await Promise.race([finished, sleep(60_000).then(() => null)])
      say({ role, workflow: { finished: Boolean(event), result: event?.result ?? null } })
    } else {
      const until = Date.now() + 150_000
      while (!(await redis.get(`redis-probe:${runId}:waiting`))) {
        if (Date.now() > until) throw new Error("the workflow never started")
        await sleep(100)
      }
      await engine.setStepSuccess({
        idempotencyKey: { action: "invoke", transactionId, stepId: PROBE_WAIT_STEP, workflowId: PROBE_WORKFLOW },
        stepResponse: new StepResponse({ pid: process.pid }),
      })
      say({ role, workflow: { resumed: true } })
      // The engine tells other processes through Redis on the next tick; `medusa exec` exits when this returns.
      await sleep(2_000)
    }
  } finally {
    redis.disconnect()
  }
}
