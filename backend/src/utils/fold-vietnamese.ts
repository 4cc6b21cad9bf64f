/**
 * Lower-case, diacritic-free, single-spaced text for comparing what people
 * type with what we store: "Bạc Liêu", "bac  lieu" and "BAC LIEU" all fold to
 * "bac lieu". "đ" is a letter of its own, not a marked "d", so it is mapped.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
}

/** "Bạc Liêu" → "bac-lieu". */
export function slugify(text: string): string {
  return foldVietnamese(text).replace(/ /g, "-")
}
