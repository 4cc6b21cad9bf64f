import { search } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"

/** The name of the product index (`query.search({ entity: PRODUCT_INDEX })`). */
export const PRODUCT_INDEX = "product"

/**
 * One document per product a shopper may find: published, made by an approved
 * producer. Searchable weights map onto PostgreSQL's setweight labels
 * (≥3 → A, ≥2 → B, >1 → C, else D); other engines apply them their own way.
 */
export const productSearchFields = search.define({
  id: search.keyword().filterable().sortable(),
  handle: search.keyword().filterable(),
  title: search.text().searchable({ weight: 3 }),
  subtitle: search.text().searchable({ weight: 2 }),
  description: search.text().searchable({ weight: 1 }).retrievable(false),
  thumbnail: search.keyword(),
  producer: search.object({
    slug: search.keyword().filterable(),
    name: search.text().searchable({ weight: 1.5 }),
    type: search.keyword().filterable().facetable(),
  }),
  // Today's province (2025 map); the old provinces merged into it are searchable too.
  province: search.object({
    code: search.keyword().filterable().facetable(),
    name: search.text().searchable({ weight: 2 }),
    slug: search.keyword().filterable(),
  }),
  province_former_names: search.text().array().searchable({ weight: 2 }),
  // The producer address exactly as the certificates wrote it: old provinces and districts included.
  certificate_addresses: search.text().array().searchable({ weight: 1 }).retrievable(false),
  // Geographical indication or region (Phú Quốc, Buôn Ma Thuột).
  region: search.object({
    slug: search.keyword().filterable(),
    name: search.text().searchable({ weight: 2 }),
  }),
  // The product's group(s), then their parent groups.
  groups: search.object({
    handle: search.keyword(),
    name: search.text().searchable({ weight: 2 }),
  }).array(),
  // Every group handle the product falls under: filtering by a group includes its sub-groups.
  group_handles: search.keyword().array().filterable().facetable(),
  // Stars of the certificate in force when the document was written, and until when it is in
  // force (epoch ms). Readers compare `ocop_valid_until` with the clock, so a lapse needs no event.
  stars: search.integer().filterable().sortable().facetable({ types: ["value"] }),
  ocop_valid_until: search.integer().filterable(),
  // Prices in whole đồng (VND has no minor unit).
  price_min: search.integer().filterable().sortable().facetable({ types: ["range"] }),
  price_max: search.integer().filterable().sortable(),
  in_stock: search.boolean().filterable(),
  created_at: search.date().filterable().sortable(),
  sales_channel_ids: search.keyword().array().filterable().retrievable(false),
  // Other names for what the product is (synonyms.json), so "coffee" finds "cà phê".
  synonyms: search.text().array().searchable({ weight: 2 }).retrievable(false),
  // The names above without diacritics: pg_trgm compares the raw text, so a query typed without
  // accents needs an accent-free copy to be similar to. Also the vocabulary typos are corrected against.
  folded: search.text().searchable({ weight: 1 }),
})

export type ProductSearchDocument = SearchTypes.InferSearchDocumentType<typeof productSearchFields>
