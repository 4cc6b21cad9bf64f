/**
 * Vietnamese phone numbers as people write them: "0912 345 678", "+84 912.345.678",
 * "(024) 3825 1234". Normalised to the national form 0XXXXXXXXX.
 * Mobiles: 10 digits starting 03, 05, 07, 08, 09. Landlines: 11 digits starting 02.
 */
export function normalizeVnPhone(input: string): string | null {
  const compact = input.replace(/[\s.\-()]/g, "")
  const national = compact.startsWith("+84") ? `0${compact.slice(3)}` : compact.startsWith("84") && compact.length >= 11 ? `0${compact.slice(2)}` : compact
  if (/^0[35789]\d{8}$/.test(national)) return national
  if (/^02\d{9}$/.test(national)) return national
  return null
}
