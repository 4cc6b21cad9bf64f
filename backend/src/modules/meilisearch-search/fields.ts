import type { SearchTypes } from "@medusajs/framework/types"
import { invalid, unsupported } from "./errors"

export type LeafKind = "keyword" | "text" | "integer" | "float" | "boolean" | "date"

/** A leaf field of an index definition, flattened to its dotted path. */
export interface PlannedField {
  path: string
  type: LeafKind
  /** Holds several values: declared `array`, or nested in an array of objects. */
  isArray: boolean
  /** Stored and compared as a number: integers, floats and dates (epoch ms). */
  numeric: boolean
  searchable: boolean
  /** Relevance weight of a searchable field (1 when not given). */
  weight: number
  filterable: boolean
  sortable: boolean
  facetKinds: SearchTypes.SearchFacetKind[]
  retrievable: boolean
  /** Position in the definition, to keep declaration order among equal weights. */
  order: number
}

/** What every part of the provider needs to know about an index definition. */
export interface IndexPlan {
  /** The logical index name, for error messages. */
  name: string
  primaryKey: string
  /** Leaf fields by dotted path. */
  fields: Map<string, PlannedField>
  /** Paths of `object` fields (containers of leaves). */
  objects: Set<string>
  /** The declared field tree, for shaping documents. */
  tree: Record<string, SearchTypes.SearchFieldDefinition>
  /** Vector fields: not supported here, left out of the index (see README). */
  ignoredVectors: string[]
}

const NUMERIC: ReadonlySet<string> = new Set(["integer", "float", "date"])
const LEAVES: ReadonlySet<string> = new Set(["keyword", "text", "integer", "float", "boolean", "date"])

export function isSearchable(field: SearchTypes.SearchFieldDefinition): boolean {
  return field.searchable === true || (typeof field.searchable === "object" && field.searchable !== null)
}

/** The facet kinds a field allows: its declared `types`, else value (range for numbers and dates). */
export function facetKinds(field: SearchTypes.SearchFieldDefinition): SearchTypes.SearchFacetKind[] {
  if (!field.facetable) return []
  const defaults: SearchTypes.SearchFacetKind[] = NUMERIC.has(field.type) ? ["range"] : ["value"]
  if (field.facetable === true) return defaults
  return field.facetable.types ?? defaults
}

/**
 * Flattens a definition into its leaves. Refuses what Meilisearch cannot hold
 * under the declared path: geo points (Meilisearch only reads a top-level
 * `_geo`). Vector fields are listed in `ignoredVectors` and left out, so one
 * definition stays portable across providers; vector queries are refused.
 */
export function buildIndexPlan(definition: Pick<SearchTypes.SearchIndexDefinition, "name" | "fields" | "primary_key">): IndexPlan {
  const primaryKey = definition.primary_key ?? "id"
  const fields = new Map<string, PlannedField>()
  const objects = new Set<string>()
  const ignoredVectors: string[] = []
  let order = 0

  const walk = (group: Record<string, SearchTypes.SearchFieldDefinition>, prefix: string, inArray: boolean) => {
    for (const [name, field] of Object.entries(group)) {
      const path = prefix ? `${prefix}.${name}` : name
      if (field.type === "object") {
        objects.add(path)
        walk(field.fields ?? {}, path, inArray || field.array === true)
        continue
      }
      if (field.type === "vector") {
        ignoredVectors.push(path)
        continue
      }
      if (field.type === "geo") {
        unsupported(`index "${definition.name}" declares the geo field "${path}"; geo search is not supported by this provider`)
      }
      if (!LEAVES.has(field.type)) {
        invalid(`index "${definition.name}" declares "${path}" with the unknown type "${field.type}"`)
      }
      fields.set(path, {
        path,
        type: field.type as LeafKind,
        isArray: inArray || field.array === true,
        numeric: NUMERIC.has(field.type),
        searchable: isSearchable(field),
        weight: typeof field.searchable === "object" && field.searchable?.weight !== undefined ? field.searchable.weight : 1,
        filterable: field.filterable === true,
        sortable: field.sortable === true,
        facetKinds: facetKinds(field),
        retrievable: field.retrievable !== false,
        order: order++,
      })
    }
  }
  walk(definition.fields, "", false)

  const key = fields.get(primaryKey)
  if (!key || primaryKey.includes(".")) {
    invalid(`index "${definition.name}" must declare its primary key "${primaryKey}" as a top-level field`)
  }
  if (key.isArray || !["keyword", "text", "integer"].includes(key.type)) {
    invalid(`the primary key "${primaryKey}" of index "${definition.name}" must be a single keyword, text or integer field`)
  }

  return { name: definition.name, primaryKey, fields, objects, tree: definition.fields, ignoredVectors }
}

/** The leaf at `path`, or a clear error naming the index. */
export function requireField(plan: IndexPlan, path: string, usage: string): PlannedField {
  const field = plan.fields.get(path)
  if (!field) invalid(`unknown field "${path}" used in ${usage} on index "${plan.name}"`)
  return field
}
