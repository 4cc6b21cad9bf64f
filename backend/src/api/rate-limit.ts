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
  /** The window of a key, or null when none is open. */
  get(key: string, now: number): Promise<Window | null>
  /** Counts one answer; opens a window of windowMs when none is open. */
  hit(key: string, now: number, windowMs: number): Promise<void>
}

export function memoryStore(): RateLimitStore {
  const windows = new Map<string, Window>()
  return {
    async get(key, now) {
      const current = windows.get(key)
      if (current && current.resetAt <= now) windows.delete(key)
      return windows.get(key) ?? null
    },
    async hit(key, now, windowMs) {
      const entry = windows.get(key)
      if (entry && entry.resetAt > now) entry.count += 1
      else windows.set(key, { count: 1, resetAt: now + windowMs })
    },
  }
}

// One connection per process for every limiter.
let redisClient: Redis | null = null
function redisFor(url: string): Redis {
  redisClient ??= new Redis(url, { maxRetriesPerRequest: 2, connectionName: "cho-ocop-rate-limit" })
  return redisClient
}

/**
 * Fixed windows in Redis: a counter that expires windowMs after its first hit.
 * The key's remaining lifetime gives the reset time, so every process agrees.
 */
export function redisStore(redis: Pick<Redis, "multi">, prefix: string): RateLimitStore {
  return {
    async get(key, now) {
      const replies = await redis.multi().get(prefix + key).pttl(prefix + key).exec()
      const count = Number(replies?.[0]?.[1] ?? 0)
      const ttl = Number(replies?.[1]?.[1] ?? -2)
      if (!count || ttl <= 0) return null
      return { count, resetAt: now + ttl }
    },
    async hit(key, _now, windowMs) {
      // NX: only the first hit of a window sets its expiry.
      await redis.multi().set(prefix + key, 0, "PX", windowMs, "NX").incr(prefix + key).exec()
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
    let window: Window | null = null
    try {
      window = await store.get(key, now)
    } catch (error) {
      warn(req, error)
      return next()
    }
    if (window && window.count >= limit) {
      const minutes = Math.ceil((window.resetAt - now) / 60_000)
      res.setHeader("Retry-After", String(Math.ceil((window.resetAt - now) / 1000)))
      return res.status(429).json({
        type: MedusaError.Types.NOT_ALLOWED,
        message: `Bạn đã thử ${name} quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
      })
    }
    res.on("finish", () => {
      if (res.statusCode === 429) return
      if (!countAll && (res.statusCode < 400 || res.statusCode >= 500)) return
      store.hit(key, Date.now(), windowMs).catch((error) => warn(req, error))
    })
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
