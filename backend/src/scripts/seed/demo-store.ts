import { MedusaContainer } from "@medusajs/framework/types"
import { markSeeded, seedStore } from "./store"
import { seedGeography } from "./geo"
import { seedProductGroups } from "./product-groups"
import { seedProducers } from "./producers"
import { seedOcopProducts } from "./ocop-products"
import { seedPromotions } from "./promotions"
import { seedFairs } from "./fairs"
import { seedAdminUser } from "./admin-user"
import { seedPortalAccounts } from "./portal-accounts"

/** Everything `npm start` seeds on the first run, in order. */
export async function seedDemoStore(container: MedusaContainer) {
  const store = await seedStore(container)
  const { regionIdBySlug } = await seedGeography(container)
  const { categoryIdByHandle, topHandleByChild } = await seedProductGroups(container)
  const { producerIdBySlug } = await seedProducers(container)
  await seedOcopProducts(container, { store, categoryIdByHandle, topHandleByChild, producerIdBySlug, regionIdBySlug })
  await seedPromotions(container, categoryIdByHandle)
  await seedFairs(container)
  await seedAdminUser(container)
  await seedPortalAccounts(container, producerIdBySlug)
  await markSeeded(container)
}
