import type { SearchTypes } from "@medusajs/framework/types"
import { projectDocument, searchValueToBoolean, searchValueToNumber } from "@medusajs/framework/utils"
import { invalid } from "./errors"
import type { IndexPlan } from "./fields"

type Json = Record<string, unknown>

/** Meilisearch accepts string ids of letters, digits, `-` and `_` (up to 511 bytes), or whole numbers. */
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,511}$/

/** Keys Meilisearch adds to a hit; never part of the stored document. */
const ENGINE_KEYS = ["_formatted", "_rankingScore", "_rankingScoreDetails", "_matchesPosition", "_federation", "_vectors"]

const isPlainObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date)

/** A date as epoch milliseconds, which Meilisearch can filter, sort and facet on. */
export function toEpochMs(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined
  if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value)
  const ms = searchValueToNumber(value, true)
  return ms === undefined || !Number.isFinite(ms) ? undefined : ms
}

function coerce(value: unknown, field: SearchTypes.SearchFieldDefinition): unknown {
  switch (field.type) {
    case "keyword":
    case "text":
      if (typeof value === "string") return value
      if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value)
      if (value instanceof Date) return value.toISOString()
      return undefined
    case "integer":
    case "float": {
      if (typeof value === "boolean" || isPlainObject(value) || value === "") return undefined
      const number = searchValueToNumber(value, false)
      return number === undefined || !Number.isFinite(number) ? undefined : number
    }
    case "date":
      return toEpochMs(value)
    case "boolean":
      return searchValueToBoolean(value)
    default:
      return undefined
  }
}

function project(source: Json, group: Record<string, SearchTypes.SearchFieldDefinition>): Json | undefined {
  const out: Json = {}
  for (const [name, field] of Object.entries(group)) {
    if (field.type === "vector" || field.type === "geo") continue
    const raw = source[name]
    if (raw === undefined || raw === null) continue

    if (field.type === "object") {
      if (field.array || Array.isArray(raw)) {
        const items = (Array.isArray(raw) ? raw : [raw])
          .map((item) => (isPlainObject(item) ? project(item, field.fields ?? {}) : undefined))
          .filter((item): item is Json => item !== undefined)
        if (items.length) out[name] = items
      } else if (isPlainObject(raw)) {
        const nested = project(raw, field.fields ?? {})
        if (nested) out[name] = nested
      }
      continue
    }

    const values = (Array.isArray(raw) ? raw.flat(Infinity) : [raw])
      .filter((value) => value !== undefined && value !== null)
      .map((value) => coerce(value, field))
      .filter((value) => value !== undefined)
    if (!values.length) continue
    // A single-valued field given several values keeps the first, as on the PostgreSQL provider.
    out[name] = field.array ? values : values[0]
  }
  return Object.keys(out).length ? out : undefined
}

/** The document id Meilisearch will key the document by, or a clear error. */
export function documentId(document: Json, plan: IndexPlan): string | number {
  const value = document[plan.primaryKey]
  const type = plan.fields.get(plan.primaryKey)?.type
  if (type === "integer" && typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value
  const id = typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined
  if (id === undefined || !DOCUMENT_ID.test(id)) {
    invalid(
      `a document for index "${plan.name}" has ${
        value === undefined || value === null || value === "" ? "no" : `an invalid (${JSON.stringify(value)})`
      } primary key "${plan.primaryKey}"; Meilisearch ids are letters, digits, "-" and "_" (at most 511) or whole numbers`
    )
  }
  return id
}

/**
 * The document as Meilisearch stores it: only the declared fields, in their
 * declared shape (nested objects and arrays of objects kept), numbers as
 * numbers, booleans as booleans, dates as epoch ms, arrays kept as arrays.
 * Missing, null and empty values are left out, so `EXISTS` means "has a value"
 * (the Search Module treats null as absent). Vector and geo fields are left out.
 */
export function toMeilisearchDocument(document: SearchTypes.SearchDocument, plan: IndexPlan): Json {
  if (!isPlainObject(document)) invalid(`a document for index "${plan.name}" must be an object`)
  const id = documentId(document, plan)
  return { ...project(document, plan.tree), [plan.primaryKey]: id }
}

function restoreDates(value: unknown, segments: string[]): unknown {
  if (Array.isArray(value)) return value.map((entry) => restoreDates(entry, segments))
  if (!segments.length) {
    return typeof value === "number" && Number.isFinite(value) ? new Date(value).toISOString() : value
  }
  if (!isPlainObject(value)) return value
  const [head, ...rest] = segments
  if (!(head in value)) return value
  return { ...value, [head]: restoreDates(value[head], rest) }
}

/**
 * A hit as the Search Module expects it: the requested dotted paths only
 * (shape kept, as `projectDocument` does on the other providers), dates back
 * as ISO strings, engine keys (`_formatted`, `_rankingScore`, …) removed.
 */
export function fromMeilisearchHit(hit: Json, plan: IndexPlan, attributes: string[]): Json {
  let document: Json = { ...hit }
  for (const key of ENGINE_KEYS) delete document[key]
  for (const field of plan.fields.values()) {
    if (field.type === "date") document = restoreDates(document, field.path.split(".")) as Json
  }
  return projectDocument(document, attributes)
}
