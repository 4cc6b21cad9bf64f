/**
 * Vietnamese can be typed precomposed ("ế") or decomposed ("ê" + U+0301);
 * both look the same but compare and index differently. Everything we store
 * is NFC so that search, uniqueness and sorting see one spelling.
 */
export function nfc<T>(value: T): T {
  if (typeof value === "string") {
    return value.normalize("NFC") as T
  }
  if (Array.isArray(value)) {
    return value.map((item) => nfc(item)) as T
  }
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, nfc(item)])
    ) as T
  }
  return value
}
