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

/** Issues by field ("address.phone" → "phone"): the form shows each message next to its field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = String(issue.path[issue.path.length - 1] ?? "form")
    fields[key] ??= issue.message
  }
  return fields
}

/** Like validateBody, but answers 400 with `fields` so a checkout form can point at each mistake. */
export function validateBodyFields(schema: z.ZodType) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.body ?? {})
    if (!result.success) {
      const fields = fieldErrors(result.error)
      return res.status(400).json({ type: "invalid_data", message: `Vui lòng kiểm tra lại: ${Object.values(fields).join(" ")}`, fields })
    }
    req.validatedBody = result.data
    next()
  }
}
