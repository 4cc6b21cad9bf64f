import { randomBytes } from "node:crypto"

// Crockford's base32 without I, L, O, U: nothing a phone camera or a person can confuse.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
export const STAMP_CODE_LENGTH = 16 // 80 random bits: not guessable, short enough for a QR code.

export function newStampCode(): string {
  const bytes = randomBytes(STAMP_CODE_LENGTH)
  let code = ""
  for (const byte of bytes) code += ALPHABET[byte & 31]
  return code
}

/** What people type from a printed stamp: any case, with spaces or dashes. */
export function normalizeStampCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "")
}
