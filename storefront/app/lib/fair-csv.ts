/** The download name of a fair's results CSV, and its Content-Disposition header. */

/** Vietnamese letters without their marks, lower case, runs of anything else as one "-": "Hội chợ Trà 2026" → "hoi-cho-tra-2026". */
export function asciiSlug(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

/** "ket-qua-hoi-cho-tra-thai-nguyen-2026.csv": the fair's slug (or name, or id), never empty, ASCII only. */
export function fairCsvFilename(fair: { slug?: string | null; name?: string | null; id: string }): string {
  const base = asciiSlug(fair.slug ?? "") || asciiSlug(fair.name ?? "") || asciiSlug(fair.id) || "hoi-cho";
  return `ket-qua-${base.startsWith("hoi-cho") ? base : `hoi-cho-${base}`}.csv`;
}

/** `attachment; filename="…csv"` (the name is ASCII already, so no quoting trouble). */
export function attachmentDisposition(filename: string): string {
  const safe = filename.replace(/["\\\r\n]/g, "");
  return `attachment; filename="${safe}"`;
}
