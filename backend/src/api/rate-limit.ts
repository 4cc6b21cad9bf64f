import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

type Window = { count: number; resetAt: number }

/**
 * Counts a client's answers for one key within a window — only the refused ones
 * (4xx) unless `countAll` — and answers 429 once the limit is reached. Counts are
 * kept in this process: a deployment with several servers gets a limit per server.
 */
export function limitFailures({
  name,
  limit,
  windowMs,
  keyOf,
  countAll = false,
}: {
  name: string
  limit: number
  windowMs: number
  keyOf: (req: MedusaRequest) => string
  countAll?: boolean
}) {
  const windows = new Map<string, Window>()
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const now = Date.now()
    const key = `${req.ip}|${keyOf(req)}`
    const current = windows.get(key)
    if (current && current.resetAt <= now) windows.delete(key)
    const window = windows.get(key)
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
      const entry = windows.get(key) ?? { count: 0, resetAt: now + windowMs }
      entry.count += 1
      windows.set(key, entry)
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
