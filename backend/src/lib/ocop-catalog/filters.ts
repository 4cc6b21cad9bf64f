/** What a shopper can narrow the OCOP catalogue by. Every filter is optional. */
export type OcopProductFilters = {
  /** Only products whose current certificate has one of these star levels. */
  stars?: number[]
  /** A current or old province: code, slug or name, with or without diacritics. */
  province?: string
  /** A product group or sub-group (category handle). */
  group?: string
  producer_type?: string[]
  /** Producer slug. */
  producer?: string
  /** Geographical indication or region slug. */
  origin_region?: string
}
