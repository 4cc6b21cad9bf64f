import { readFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

// The demo store the stack seeds: tests look up what they expect instead of repeating it.
const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../backend/src/scripts/seed/data/ocop-products.json")
export const seedProducts: {
  title: string
  handle: string
  variants: { title: string; price: number; stock: number }[]
}[] = JSON.parse(readFileSync(file, "utf8")).products

export const seedProductByTitle = (title: string) => {
  const product = seedProducts.find((p) => p.title === title.trim())
  if (!product) throw new Error(`No seeded product titled "${title}"`)
  return product
}

/** "150.000 ₫" as the shop writes it (the space is U+00A0). */
export const vnd = (amount: number) =>
  new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND", maximumFractionDigits: 0 }).format(amount)
