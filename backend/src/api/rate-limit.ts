import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

type Window = { count: number; resetAt: number }

/**
 * Counts the failed answers (4xx) a client got for one key within a window and
 * refuses further tries with 429 once the limit is reached. Counts are kept in
 * this process: a deployment with several servers gets a limit per server.
 */
export function limitFailures({
  name,
  limit,
  windowMs,
  keyOf,
}: {
  name: string
  limit: number
  windowMs: number
  keyOf: (req: MedusaRequest) => string
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
      if (res.statusCode < 400 || res.statusCode >= 500 || res.statusCode === 429) return
      const entry = windows.get(key) ?? { count: 0, resetAt: now + windowMs }
      entry.count += 1
      windows.set(key, entry)
    })
    next()
  }
}

const emailOf = (req: MedusaRequest) => String((req.body as any)?.email ?? "").trim().toLowerCase()

/** 10 failed logins per address and email in 15 minutes. */
export const limitLogins = () => limitFailures({ name: "đăng nhập", limit: 10, windowMs: 15 * 60_000, keyOf: emailOf })

/** 5 refused sign-ups per address in an hour. */
export const limitSignUps = () => limitFailures({ name: "đăng ký", limit: 5, windowMs: 60 * 60_000, keyOf: () => "signup" })
