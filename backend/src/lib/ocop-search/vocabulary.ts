import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vocabularyOf } from "./text"

/** New words (a product added) may wait this long before a typo is corrected to them. */
const REFRESH_MS = 10 * 60_000

let memo: { at: number; words: Promise<Map<string, string>> } | null = null

/**
 * Every word a shopper may mean, as the shop writes it: product titles and
 * subtitles, producer, province (old names too), group and region names. It
 * corrects a misspelled query that shares no word with any product ("traa"),
 * in memory, instead of comparing the query with the text of every product
 * (pg_trgm over 10,000 documents takes seconds).
 */
export function catalogueVocabulary(container: MedusaContainer): Promise<Map<string, string>> {
  if (!memo || Date.now() - memo.at > REFRESH_MS) {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const words = knex
      .raw(
        `select title as text from product where deleted_at is null and status = 'published'
         union all select subtitle from product where deleted_at is null and status = 'published' and subtitle is not null
         union all select name from producer where deleted_at is null and status = 'approved'
         union all select name from province where deleted_at is null
         union all select name from legacy_province where deleted_at is null
         union all select name from product_category where deleted_at is null
         union all select name from origin_region where deleted_at is null`
      )
      .then(({ rows }: { rows: { text: string }[] }) => vocabularyOf(rows.map((r) => r.text)))
    const current = { at: Date.now(), words }
    memo = current
    // A failed read is not remembered.
    words.catch(() => {
      if (memo === current) memo = null
    })
  }
  return memo.words
}
