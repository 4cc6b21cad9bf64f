import type { SearchTypes } from "@medusajs/framework/types"
import type { Settings } from "meilisearch" with { "resolution-mode": "import" }
import { invalid, unsupported } from "./errors"
import type { IndexPlan } from "./fields"
import { MEILISEARCH_PROVIDER_IDENTIFIER, type SynonymsInput } from "./types"

/**
 * `sort` first: when a query names an order, it is a hard order (as on the
 * PostgreSQL provider) with relevance breaking ties; without one the rule does
 * nothing and relevance alone ranks. The rest is Meilisearch's default order.
 */
export const RANKING_RULES = ["sort", "words", "typo", "proximity", "attribute", "exactness"]

/** Meilisearch's own defaults, written out so an index never inherits a stale value. */
const DEFAULT_ONE_TYPO = 5
const DEFAULT_TWO_TYPOS = 9

/**
 * Engine settings an index definition may add under
 * `settings.provider_options.meilisearch`. Anything else is refused at
 * `db:migrate`: ranking rules, prefix search or pagination would silently
 * change what the queries this provider builds mean.
 */
const PASSTHROUGH_SETTINGS = [
  "synonyms",
  "stopWords",
  "separatorTokens",
  "nonSeparatorTokens",
  "dictionary",
  "proximityPrecision",
  "searchCutoffMs",
  "localizedAttributes",
] as const

export interface IndexSettingsOptions {
  /** Synonyms for every index (the provider's `synonyms` option). */
  synonyms?: SynonymsInput
  maxTotalHits: number
  maxValuesPerFacet: number
}

/**
 * Merges synonym inputs into Meilisearch's map. A group makes every term a
 * synonym of every other; a map is taken as given (one-way). Terms are trimmed
 * and NFC-normalised; Meilisearch lower-cases and strips diacritics itself.
 */
export function buildSynonyms(...inputs: (SynonymsInput | undefined)[]): Record<string, string[]> {
  const map = new Map<string, Set<string>>()
  const add = (from: string, to: string) => {
    const key = from.normalize("NFC").trim().replace(/\s+/g, " ")
    const value = to.normalize("NFC").trim().replace(/\s+/g, " ")
    if (!key || !value || key === value) return
    if (!map.has(key)) map.set(key, new Set())
    map.get(key)!.add(value)
  }
  for (const input of inputs) {
    if (!input) continue
    if (Array.isArray(input)) {
      for (const group of input) {
        if (!Array.isArray(group)) invalid("synonym groups must be arrays of terms")
        for (const from of group) for (const to of group) add(String(from), String(to))
      }
      continue
    }
    if (typeof input !== "object") invalid("synonyms must be groups of terms or a map of term → terms")
    for (const [from, targets] of Object.entries(input)) {
      if (!Array.isArray(targets)) invalid(`the synonyms of "${from}" must be an array of terms`)
      for (const to of targets) add(from, String(to))
    }
  }
  return Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)).map(([key, values]) => [key, [...values]]))
}

function providerSettings(settings: SearchTypes.SearchIndexSettings | undefined, indexName: string): Record<string, unknown> {
  const raw = settings?.provider_options?.[MEILISEARCH_PROVIDER_IDENTIFIER]
  if (raw === undefined) return {}
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    invalid(`settings.provider_options.${MEILISEARCH_PROVIDER_IDENTIFIER} of index "${indexName}" must be an object`)
  }
  const unknown = Object.keys(raw).filter((key) => !(PASSTHROUGH_SETTINGS as readonly string[]).includes(key))
  if (unknown.length) {
    unsupported(
      `index "${indexName}" sets ${unknown.map((key) => `"${key}"`).join(", ")} in settings.provider_options.${MEILISEARCH_PROVIDER_IDENTIFIER}; ` +
        `only ${PASSTHROUGH_SETTINGS.join(", ")} may be set there, the rest follows from the definition`
    )
  }
  return raw
}

function typoTolerance(settings: SearchTypes.SearchIndexSettings | undefined, plan: IndexPlan): NonNullable<Settings["typoTolerance"]> {
  const typo = settings?.typo_tolerance ?? {}
  const one = typo.min_word_size_for_one_typo ?? DEFAULT_ONE_TYPO
  const two = typo.min_word_size_for_two_typos ?? Math.max(DEFAULT_TWO_TYPOS, one)
  for (const [name, value] of [
    ["min_word_size_for_one_typo", one],
    ["min_word_size_for_two_typos", two],
  ] as const) {
    if (!Number.isInteger(value) || value < 0 || value > 255) {
      invalid(`settings.typo_tolerance.${name} of index "${plan.name}" must be a whole number from 0 to 255 (got ${value})`)
    }
  }
  if (two < one) {
    invalid(
      `settings.typo_tolerance.min_word_size_for_two_typos (${two}) of index "${plan.name}" cannot be lower than min_word_size_for_one_typo (${one})`
    )
  }
  const disabled = typo.disabled_on_attributes ?? []
  for (const path of disabled) {
    if (!plan.fields.get(path)?.searchable) {
      invalid(`settings.typo_tolerance.disabled_on_attributes of index "${plan.name}" names "${path}", which is not a searchable field`)
    }
  }
  return {
    enabled: typo.enabled ?? true,
    minWordSizeForTypos: { oneTypo: one, twoTypos: two },
    disableOnAttributes: [...disabled],
  }
}

/**
 * The Meilisearch settings of an index definition:
 * - `searchableAttributes`: searchable fields, heaviest first. Meilisearch has no
 *   per-field weights; the order of this list is its `attribute` ranking rule.
 *   Equal weights keep their declaration order.
 * - `filterableAttributes`: filterable and facetable fields (Meilisearch only
 *   facets on filterable attributes), plus the primary key for deletes.
 * - `sortableAttributes`: sortable single-valued fields.
 * - typo tolerance on unless the definition turns it off; synonyms from the
 *   provider and the definition; facet values ordered by count so the most
 *   frequent ones survive `maxValuesPerFacet`.
 * Diacritics need no setting: Meilisearch folds "Trà hoa vàng" and "đ" itself.
 */
export function buildIndexSettings(
  definition: Pick<SearchTypes.SearchIndexDefinition, "settings">,
  plan: IndexPlan,
  options: IndexSettingsOptions
): Settings {
  const fields = [...plan.fields.values()]
  const searchableAttributes = fields
    .filter((field) => field.searchable)
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map((field) => field.path)
  const filterableAttributes = [plan.primaryKey, ...fields.filter((f) => f.filterable || f.facetKinds.length).map((f) => f.path)]
  const sortableAttributes = fields.filter((field) => field.sortable && !field.isArray).map((field) => field.path)

  const distinct = definition.settings?.distinct_attribute
  if (distinct !== undefined) {
    const field = plan.fields.get(distinct)
    if (!field) invalid(`settings.distinct_attribute of index "${plan.name}" names the unknown field "${distinct}"`)
    if (field.isArray) unsupported(`cannot deduplicate index "${plan.name}" by the array field "${distinct}"`)
  }

  const passthrough = providerSettings(definition.settings, plan.name)
  const { synonyms: indexSynonyms, ...rest } = passthrough

  return {
    searchableAttributes,
    filterableAttributes: [...new Set(filterableAttributes)],
    sortableAttributes,
    displayedAttributes: ["*"],
    rankingRules: [...RANKING_RULES],
    distinctAttribute: distinct ?? null,
    typoTolerance: typoTolerance(definition.settings, plan),
    synonyms: buildSynonyms(options.synonyms, indexSynonyms as SynonymsInput | undefined),
    faceting: { maxValuesPerFacet: options.maxValuesPerFacet, sortFacetValuesBy: { "*": "count" } },
    pagination: { maxTotalHits: options.maxTotalHits },
    ...(rest as Settings),
  }
}
