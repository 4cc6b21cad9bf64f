import { foldVietnamese } from "../../utils/fold-vietnamese"

/** What is sent to the engine: no diacritics, lower case, single spaces (the index folds the same way). */
export const searchText = (q: string | undefined | null) => foldVietnamese(q ?? "")

export const hasDiacritics = (text: string) => /[^\x00-\x7F]/.test(text.normalize("NFC"))

/** Words of a text as typed (NFC, lower case) and folded, side by side. */
export function words(text: string): { word: string; folded: string }[] {
  return text
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => ({ word, folded: foldVietnamese(word) }))
    .filter((w) => w.folded)
}

/** Optimal string alignment distance (Levenshtein plus swaps of neighbours), capped at `max` + 1. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) d[0][j] = j
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
      rowMin = Math.min(rowMin, d[i][j])
    }
    if (rowMin > max) return max + 1
  }
  return d[a.length][b.length]
}

/** How many typos a word of this length may carry and still be corrected. */
export const allowedTypos = (word: string) => (word.length < 3 ? 0 : word.length < 8 ? 1 : 2)

/**
 * The query with each word the vocabulary does not know replaced by the
 * closest word it does know (within allowedTypos), or null when nothing
 * changed. Words are compared folded; the answer keeps the shopper's style:
 * with diacritics if they typed some, without otherwise.
 */
export function correctQuery(q: string, vocabulary: Map<string, string>): string | null {
  const typed = words(q)
  const accented = hasDiacritics(q)
  let changed = false
  const corrected = typed.map(({ word, folded }) => {
    if (vocabulary.has(folded)) return word
    const max = allowedTypos(folded)
    let best: { folded: string; rank: number[] } | null = null
    if (max > 0) {
      for (const candidate of vocabulary.keys()) {
        const distance = editDistance(folded, candidate, max)
        if (distance > max) continue
        // Fewest edits; then the longest shared start ("haa" → "ha", not "hoa"); then the closest length.
        const rank = [distance, -commonPrefix(folded, candidate), Math.abs(candidate.length - folded.length)]
        if (!best || compareRanks(rank, best.rank) < 0) best = { folded: candidate, rank }
      }
    }
    if (!best) return word
    changed = true
    return accented ? vocabulary.get(best.folded)! : best.folded
  })
  return changed ? corrected.join(" ") : null
}

const commonPrefix = (a: string, b: string) => {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

const compareRanks = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return 0
}

/** folded word → the word as most often written, from some texts. */
export function vocabularyOf(texts: (string | null | undefined)[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>()
  for (const text of texts) {
    for (const { word, folded } of words(text ?? "")) {
      const forms = counts.get(folded) ?? new Map<string, number>()
      forms.set(word, (forms.get(word) ?? 0) + 1)
      counts.set(folded, forms)
    }
  }
  return new Map(
    [...counts].map(([folded, forms]) => [folded, [...forms].sort((a, b) => b[1] - a[1] || (hasDiacritics(b[0]) ? 1 : -1))[0][0]])
  )
}
