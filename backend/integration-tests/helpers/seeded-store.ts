import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { seedDemoStore } from "../../src/scripts/seed/demo-store"
import storeData from "../../src/scripts/seed/data/store.json"
import productsData from "../../src/scripts/seed/data/ocop-products.json"
import producersData from "../../src/scripts/seed/data/producers.json"

export const seedProducts = productsData.products as any[]
export const seedProducers = producersData.producers as any[]

/** Seeds the demo store and returns what a test needs to call the store and admin APIs. */
export async function seedAndLogin(container: MedusaContainer, api: any) {
  await seedDemoStore(container)
  const [key] = await container
    .resolve(Modules.API_KEY)
    .listApiKeys({ title: storeData.publishableKeyTitle, type: "publishable" })
  const { data } = await api.post("/auth/user/emailpass", {
    email: storeData.admin.email,
    password: storeData.admin.password,
  })
  return {
    store: { headers: { "x-publishable-api-key": key.token } },
    admin: { headers: { authorization: `Bearer ${data.token}` } },
  }
}

/** The seeded product whose latest certificate matches, e.g. { expires_in_days: -20 }. */
export function productWithRelativeCertificate(expiresInDays: number) {
  return seedProducts.find((p) => p.certificates.at(-1)?.relative?.expires_in_days === expiresInDays)
}

export const producerOf = (product: any) => seedProducers.find((p) => p.slug === product.producer)
