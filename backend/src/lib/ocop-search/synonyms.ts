import synonymsData from "../../search/synonyms.json"

export type SynonymGroups = string[][]

const normalize = (text: string) => text.normalize("NFC").toLowerCase()

export const SYNONYM_GROUPS: SynonymGroups = synonymsData.groups.map((group) => group.map(normalize))

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
// A whole word or phrase: not glued to another letter or digit (Vietnamese letters included).
const phrase = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(term).replace(/ +/g, "\\s+")}(?![\\p{L}\\p{N}])`, "u")

const compiled = (groups: SynonymGroups) => groups.map((group) => group.map((term) => ({ term, pattern: phrase(term) })))
const defaultCompiled = compiled(SYNONYM_GROUPS)

/**
 * Document-side synonym expansion: the other names of every synonym group a
 * text mentions, e.g. "Chè tôm nõn Tân Cương" → ["trà", "tea"]. Matching keeps
 * diacritics ("chè" is not "Chẽ") and place names are taken out first, so
 * "Mật hoa dừa Trà Vinh" does not become a tea. Expanding documents rather
 * than queries works the same on every search engine.
 */
export function synonymsFor(text: string, { placeNames = [], groups }: { placeNames?: string[]; groups?: SynonymGroups } = {}): string[] {
  let haystack = normalize(text)
  for (const place of [...placeNames].sort((a, b) => b.length - a.length)) {
    if (place.trim()) haystack = haystack.replace(new RegExp(phrase(normalize(place)).source, "gu"), " ")
  }
  const found = new Set<string>()
  for (const group of groups ? compiled(groups) : defaultCompiled) {
    const present = group.filter(({ pattern }) => pattern.test(haystack)).map(({ term }) => term)
    if (!present.length) continue
    for (const { term } of group) if (!present.includes(term)) found.add(term)
  }
  return [...found]
}
