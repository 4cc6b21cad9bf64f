import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import Redis from "ioredis"

type Window = { count: number; resetAt: number }

/**
 * Where a limiter keeps its windows. In memory by default (one process); in
 * Redis when REDIS_URL is set, so that every server behind a load balancer
 * counts into the same window.
 */
export interface RateLimitStore {
  /**
   * Counts one request, opening a window of windowMs when none is open, and
   * returns the window with this request counted. One atomic step, so requests
   * sent together cannot all slip under the limit.
   */
  take(key: string, now: number, windowMs: number): Promise<Window>
  /** Takes back a request that turned out not to count (still in the same window). */
  release(key: string, now: number): Promise<void>
}

export function memoryStore(): RateLimitStore {
  const windows = new Map<string, Window>()
  const open = (key: string, now: number) => {
    const current = windows.get(key)
    if (current && current.resetAt <= now) windows.delete(key)
    return windows.get(key)
  }
  return {
    async take(key, now, windowMs) {
      const window = open(key, now) ?? { count: 0, resetAt: now + windowMs }
      window.count += 1
      windows.set(key, window)
      return { ...window }
    },
    async release(key, now) {
      const window = open(key, now)
      if (window && window.count > 0) window.count -= 1
    },
  }
}

// One connection per process for every limiter.
let redisClient: Redis | null = null
function redisFor(url: string): Redis {
  redisClient ??= new Redis(url, { maxRetriesPerRequest: 2, connectionName: "cho-ocop-rate-limit" })
  return redisClient
}

// Decrements only a window that still exists: a bare DECR after expiry would
// leave a counter of -1 that never expires.
const RELEASE = "if redis.call('exists', KEYS[1]) == 1 then return redis.call('decr', KEYS[1]) end return 0"

/**
 * Fixed windows in Redis: a counter that expires windowMs after its first hit.
 * The key's remaining lifetime gives the reset time, so every process agrees.
 */
export function redisStore(redis: Pick<Redis, "multi" | "eval">, prefix: string): RateLimitStore {
  return {
    async take(key, now, windowMs) {
      // NX: only the first request of a window sets its expiry.
      const replies = await redis.multi().set(prefix + key, 0, "PX", windowMs, "NX").incr(prefix + key).pttl(prefix + key).exec()
      const failed = replies?.find(([error]) => error)
      if (!replies || failed) throw failed?.[0] ?? new Error("no reply from Redis")
      const ttl = Number(replies[2][1])
      return { count: Number(replies[1][1]), resetAt: now + (ttl > 0 ? ttl : windowMs) }
    },
    async release(key) {
      await redis.eval(RELEASE, 1, prefix + key)
    },
  }
}

// Limiters of the same name are told apart by the order they are created in,
// which is the same in every process (middlewares are created at boot).
const created = new Map<string, number>()
function defaultStore(name: string): RateLimitStore {
  const url = process.env.REDIS_URL
  if (!url) return memoryStore()
  const n = (created.get(name) ?? 0) + 1
  created.set(name, n)
  return redisStore(redisFor(url), `ocop:rate-limit:${name}#${n}:`)
}

/**
 * Counts a client's answers for one key within a window — only the refused ones
 * (4xx) unless `countAll` — and answers 429 once the limit is reached. Counts are
 * kept in this process, or in Redis when REDIS_URL is set (shared by all servers).
 * When Redis does not answer, requests go through rather than fail.
 */
export function limitFailures({
  name,
  limit,
  windowMs,
  keyOf,
  countAll = false,
  store = defaultStore(name),
}: {
  name: string
  limit: number
  windowMs: number
  keyOf: (req: MedusaRequest) => string
  countAll?: boolean
  store?: RateLimitStore
}) {
  const warn = (req: MedusaRequest, error: unknown) => {
    try {
      req.scope.resolve("logger").warn(`Rate limit "${name}" skipped: ${(error as Error)?.message ?? error}`)
    } catch {
      // no logger: nothing to do
    }
  }
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const now = Date.now()
    const key = `${req.ip}|${keyOf(req)}`
    // Counted before the answer, taken back after it when it does not count:
    // a burst of parallel requests is counted as it arrives.
    let window: Window
    try {
      window = await store.take(key, now, windowMs)
    } catch (error) {
      warn(req, error)
      return next()
    }
    if (window.count > limit) {
      const minutes = Math.ceil((window.resetAt - now) / 60_000)
      res.setHeader("Retry-After", String(Math.ceil((window.resetAt - now) / 1000)))
      return res.status(429).json({
        type: MedusaError.Types.NOT_ALLOWED,
        message: `Bạn đã thử ${name} quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
      })
    }
    if (!countAll) {
      res.on("finish", () => {
        if (res.statusCode >= 400 && res.statusCode < 500) return
        store.release(key, Date.now()).catch((error) => warn(req, error))
      })
    }
    next()
  }
}

// Shoppers reach the backend through the storefront's server, so one address is
// many people: every limit is also keyed by what the request is about.
const emailOf = (req: MedusaRequest) => String((req.body as any)?.email ?? "").trim().toLowerCase()

/** 10 failed logins per address and email in 15 minutes. */
export const limitLogins = () => limitFailures({ name: "đăng nhập", limit: 10, windowMs: 15 * 60_000, keyOf: emailOf })

/** 5 refused sign-ups per address and email in an hour. */
export const limitSignUps = () =>
  limitFailures({
    name: "đăng ký",
    limit: 5,
    windowMs: 60 * 60_000,
    keyOf: (req) => String((req.body as any)?.member?.email ?? "").trim().toLowerCase(),
  })

/** 30 look-ups of one stamp a minute per address: scanning, not inflating a stamp's scan count. */
export const limitStampChecks = () =>
  limitFailures({ name: "tra cứu tem", limit: 30, windowMs: 60_000, keyOf: (req) => String(req.params?.code ?? req.originalUrl.split("?")[0]).toUpperCase(), countAll: true })
