import type { SearchTypes } from "@medusajs/framework/types"
import { toEpochMs } from "./document"
import { invalid, unsupported } from "./errors"
import type { PlannedField } from "./fields"

/**
 * What the compiler knows about the index. `fields` is missing when a delete
 * reaches a process that has not seen the index definition yet; values are
 * then written by their JavaScript type (pass dates as `Date`).
 */
export interface FilterContext {
  primaryKey: string
  fields?: Map<string, PlannedField>
  /** Paths of object fields, so `{ province: { code: "79" } }` means `province.code`. */
  objects?: Set<string>
  /** For error messages. */
  indexName?: string
}

type Node =
  | { kind: "true" }
  | { kind: "false" }
  | { kind: "expr"; text: string }
  | { kind: "and" | "or"; children: Node[] }
  | { kind: "not"; child: Node }

const TRUE: Node = { kind: "true" }
const FALSE: Node = { kind: "false" }
const expr = (text: string): Node => ({ kind: "expr", text })

function and(nodes: Node[]): Node {
  const children = nodes.flatMap((node) => (node.kind === "and" ? node.children : [node])).filter((node) => node.kind !== "true")
  if (children.some((node) => node.kind === "false")) return FALSE
  if (!children.length) return TRUE
  return children.length === 1 ? children[0] : { kind: "and", children }
}

function or(nodes: Node[]): Node {
  const children = nodes.flatMap((node) => (node.kind === "or" ? node.children : [node])).filter((node) => node.kind !== "false")
  if (children.some((node) => node.kind === "true")) return TRUE
  if (!children.length) return FALSE
  return children.length === 1 ? children[0] : { kind: "or", children }
}

function not(node: Node): Node {
  if (node.kind === "true") return FALSE
  if (node.kind === "false") return TRUE
  if (node.kind === "not") return node.child
  return { kind: "not", child: node }
}

function render(node: Node): string {
  switch (node.kind) {
    case "expr":
      return node.text
    case "and":
    case "or":
      return node.children
        .map((child) => (child.kind === "and" || child.kind === "or" ? `(${render(child)})` : render(child)))
        .join(node.kind === "and" ? " AND " : " OR ")
    case "not":
      return node.child.kind === "expr" ? `NOT ${node.child.text}` : `NOT (${render(node.child)})`
    default:
      // Constants are folded away before rendering; see compileFilters.
      throw new Error(`cannot render a constant filter`)
  }
}

/** Words the filter grammar reserves; an attribute named like one must be quoted. */
const RESERVED = new Set(["AND", "OR", "IN", "NOT", "TO", "EXISTS", "IS", "NULL", "EMPTY", "CONTAINS", "STARTS", "WITH", "_geoRadius", "_geoBoundingBox", "_geoPoint", "_geo", "_geoDistance", "_geoPolygon"])

/**
 * A string as a Meilisearch filter literal. Inside double quotes Meilisearch
 * unescapes `\"` to `"` and then `\\` to `\` (since v1.4), so both are escaped —
 * backslashes first. Everything else, "Bà Rịa - Vũng Tàu" included, is literal.
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

/** An attribute path in a filter: bare when it is a plain word, quoted otherwise. */
export function formatAttribute(path: string): string {
  return /^[\p{L}\p{N}_.-]+$/u.test(path) && !RESERVED.has(path) ? path : quoteFilterValue(path)
}

type Literal = string

function numberLiteral(value: number, path: string): Literal {
  if (!Number.isFinite(value)) invalid(`cannot filter "${path}" by ${value}`)
  return String(value)
}

/** The literal a value compares as, following the field's stored type. */
function literal(value: SearchTypes.SearchFilterValue, field: PlannedField | undefined, path: string): Literal {
  if (value === null || value === undefined) invalid(`cannot compare "${path}" with null; use $exists or $eq: null`)
  if (!field) {
    if (value instanceof Date) return numberLiteral(value.getTime(), path)
    if (typeof value === "number") return numberLiteral(value, path)
    if (typeof value === "boolean") return String(value)
    if (typeof value === "string") return quoteFilterValue(value)
    invalid(`cannot filter "${path}" by a value of type ${typeof value}`)
  }
  switch (field.type) {
    case "integer":
    case "float": {
      const number = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN
      if (Number.isNaN(number)) invalid(`"${path}" holds numbers, so it cannot be filtered by ${JSON.stringify(value)}`)
      return numberLiteral(number, path)
    }
    case "date": {
      const ms = toEpochMs(value)
      if (ms === undefined) invalid(`"${path}" holds dates, so it cannot be filtered by ${JSON.stringify(value)}`)
      return numberLiteral(ms, path)
    }
    case "boolean":
      if (value === true || value === "true") return "true"
      if (value === false || value === "false") return "false"
      return invalid(`"${path}" holds booleans, so it cannot be filtered by ${JSON.stringify(value)}`)
    default:
      return quoteFilterValue(value instanceof Date ? value.toISOString() : String(value))
  }
}

function requireArrayField(field: PlannedField | undefined, path: string, operator: string) {
  if (field && !field.isArray) unsupported(`${operator} needs an array field, and "${path}" holds a single value`)
}

const asList = (value: unknown): SearchTypes.SearchFilterValue[] =>
  (Array.isArray(value) ? value : [value]) as SearchTypes.SearchFilterValue[]

const isOperatorMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date) && Object.keys(value).some((key) => key.startsWith("$"))

function compileField(path: string, raw: unknown, ctx: FilterContext): Node {
  const field = ctx.fields?.get(path)
  if (ctx.fields && !field) {
    if (ctx.objects?.has(path) && typeof raw === "object" && raw !== null && !Array.isArray(raw) && !isOperatorMap(raw)) {
      return compileBranch(raw as SearchTypes.SearchFilters, ctx, `${path}.`)
    }
    invalid(`unknown filter field "${path}"${ctx.indexName ? ` on index "${ctx.indexName}"` : ""}`)
  }
  if (field && !field.filterable && !field.facetKinds.length && path !== ctx.primaryKey) {
    unsupported(`"${path}" is not filterable${ctx.indexName ? ` on index "${ctx.indexName}"` : ""}`)
  }
  const attribute = formatAttribute(path)
  const exists = expr(`${attribute} EXISTS`)

  const equals = (value: SearchTypes.SearchFilterValue): Node =>
    value === null || value === undefined ? not(exists) : expr(`${attribute} = ${literal(value, field, path)}`)

  // Any of the values. On an array field `=` and `IN` mean "contains", so a bare
  // value or a list is membership there, as on the other providers.
  const anyOf = (values: SearchTypes.SearchFilterValue[]): Node => {
    const present = values.filter((value) => value !== null && value !== undefined)
    const nodes: Node[] = []
    if (present.length === 1) nodes.push(equals(present[0]))
    if (present.length > 1) nodes.push(expr(`${attribute} IN [${present.map((value) => literal(value, field, path)).join(", ")}]`))
    if (present.length < values.length) nodes.push(not(exists))
    return or(nodes)
  }

  const compare = (operator: string, value: unknown): Node => {
    if (value === null || value === undefined || Array.isArray(value)) invalid(`${operator} on "${path}" needs a single value`)
    if (field?.type === "boolean" || typeof value === "boolean") unsupported(`cannot order booleans ("${path}" ${operator})`)
    const symbol = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" }[operator]!
    return expr(`${attribute} ${symbol} ${literal(value as SearchTypes.SearchFilterValue, field, path)}`)
  }

  if (!isOperatorMap(raw)) {
    if (typeof raw === "object" && raw !== null && !Array.isArray(raw) && !(raw instanceof Date)) {
      invalid(`the filter on "${path}" is an object without operators`)
    }
    return Array.isArray(raw) ? anyOf(raw) : equals(raw as SearchTypes.SearchFilterValue)
  }

  const parts: Node[] = []
  for (const [operator, value] of Object.entries(raw)) {
    if (value === undefined) continue
    switch (operator) {
      case "$eq":
        parts.push(equals(value as SearchTypes.SearchFilterValue))
        break
      case "$ne":
        // `!=` also matches documents without the field, like NOT on the other providers.
        parts.push(value === null ? exists : not(equals(value as SearchTypes.SearchFilterValue)))
        break
      case "$in":
        parts.push(anyOf(asList(value)))
        break
      case "$nin":
        parts.push(not(anyOf(asList(value))))
        break
      case "$gt":
      case "$gte":
      case "$lt":
      case "$lte":
        parts.push(compare(operator, value))
        break
      case "$exists":
        parts.push(value ? exists : not(exists))
        break
      case "$contains":
        requireArrayField(field, path, "$contains")
        parts.push(and(asList(value).map((entry) => equals(entry))))
        break
      case "$overlaps":
        requireArrayField(field, path, "$overlaps")
        parts.push(anyOf(asList(value)))
        break
      case "$prefix":
      case "$like":
        return unsupported(
          `${operator} on "${path}": Meilisearch has no prefix or substring filter (only the experimental CONTAINS/STARTS WITH); ` +
            `search the field as text, or index the part you match on as a keyword`
        )
      default:
        if (!operator.startsWith("$")) invalid(`the filter on "${path}" mixes operators with the plain key "${operator}"`)
        return unsupported(`the filter operator ${operator} (on "${path}") is not supported`)
    }
  }
  return and(parts)
}

function compileBranch(filters: SearchTypes.SearchFilters, ctx: FilterContext, prefix = ""): Node {
  if (typeof filters !== "object" || filters === null || Array.isArray(filters)) invalid("filters must be an object")
  const parts: Node[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || (key === "q" && !prefix)) continue
    if (key === "$and" || key === "$or") {
      if (!Array.isArray(value)) invalid(`${key} takes an array of filters`)
      const branches = (value as SearchTypes.SearchFilters[]).map((branch) => compileBranch(branch, ctx))
      parts.push(key === "$and" ? and(branches) : or(branches))
      continue
    }
    if (key === "$not") {
      parts.push(not(compileBranch(value as SearchTypes.SearchFilters, ctx)))
      continue
    }
    if (key.startsWith("$")) unsupported(`the logical operator ${key} is not supported`)
    parts.push(compileField(`${prefix}${key}`, value, ctx))
  }
  return and(parts)
}

/**
 * Compiles the Search Module's filter tree to a Meilisearch filter expression.
 * Returns `undefined` when nothing is filtered out. A filter that can match
 * nothing (`$in: []`) becomes `<primary key> NOT EXISTS`, which no document
 * satisfies. `q` is ignored: the module lifts it out before providers see it.
 */
export function compileFilters(filters: SearchTypes.SearchFilters | undefined, ctx: FilterContext): string | undefined {
  if (!filters) return undefined
  const tree = compileBranch(filters, ctx)
  if (tree.kind === "true") return undefined
  if (tree.kind === "false") return `${formatAttribute(ctx.primaryKey)} NOT EXISTS`
  return render(tree)
}

/** ANDs already-compiled expressions, skipping empty ones. */
export function andFilters(...filters: (string | undefined)[]): string | undefined {
  const present = filters.filter((filter): filter is string => !!filter)
  if (present.length <= 1) return present[0]
  return present.map((filter) => `(${filter})`).join(" AND ")
}
