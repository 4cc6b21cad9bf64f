/**
 * How the provider's document tables store a row. PostgreSQL moves a row's
 * largest values out of line and compresses them once the row passes ~2 kB;
 * Medusa's table keeps the filter fields (`indexed`) next to the whole
 * document and both texts, so `indexed` ended up compressed in the TOAST
 * table and every filter, facet and sort expression unpacked it again, per
 * row and per expression. Kept inline and uncompressed — with the
 * `search_vector` the ranking reads — a never-seen search with facets over
 * 10,000 products went from 204 / 895 ms (p50 / p95, one client) to
 * 44 / 113 ms (backend/bench); the document and the plain text (read for a
 * page of hits only) still go out of line.
 */
export const INLINE_ROW_TARGET_BYTES = 4080

/** A table name as an SQL identifier. */
export const quoted = (table: string) => `"${table.replace(/"/g, '""')}"`

/** Statements giving one document table that layout (for rows written from now on). */
export function inlineStorageSql(table: string): string[] {
  const name = quoted(table)
  return [
    `ALTER TABLE ${name} SET (toast_tuple_target = ${INLINE_ROW_TARGET_BYTES})`,
    `ALTER TABLE ${name} ALTER COLUMN "indexed" SET STORAGE MAIN, ALTER COLUMN "search_vector" SET STORAGE MAIN`,
  ]
}

/** Rewrites a table's rows so values stored under the old layout take the new one. */
export function restoreRowsSql(table: string): string {
  // A value copied as is keeps its compression; parsed again, it is stored as the column now says.
  return `UPDATE ${quoted(table)} SET "indexed" = "indexed"::text::jsonb, "search_vector" = "search_vector"::text::tsvector`
}
