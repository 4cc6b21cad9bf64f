import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "zod"

// Shoppers, producers and officers read Vietnamese: zod's own messages too.
z.config(z.locales.vi())

export function explain(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ")
}

/** "?stars=4,5" and "?stars=4&stars=5" both become ["4", "5"]. */
export const listParam = z.preprocess(
  (value) => (typeof value === "string" ? value.split(",") : value),
  z.array(z.string().trim().min(1)).optional()
)

export function validateQuery(schema: z.ZodType) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.query)
    if (!result.success) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Tham số không hợp lệ: ${explain(result.error)}`))
    }
    ;(req as any).validatedQuery = result.data
    next()
  }
}

export function validateBody(schema: z.ZodType) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.body ?? {})
    if (!result.success) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Dữ liệu không hợp lệ: ${explain(result.error)}`))
    }
    req.validatedBody = result.data
    next()
  }
}
