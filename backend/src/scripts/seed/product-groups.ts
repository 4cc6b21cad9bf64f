import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import { nfc } from "../../utils/nfc"
import groupsData from "./data/product-groups.json"

/** The six official OCOP product groups and their sub-groups, as product categories. */
export async function seedProductGroups(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const groups = nfc(groupsData.groups)
  logger.info(`Seeding ${groups.length} OCOP product groups…`)
  const { result: parents } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: groups.map((g, rank) => ({
        name: g.name,
        handle: g.handle,
        description: g.description,
        is_active: true,
        rank,
        metadata: { name_en: g.name_en },
      })),
    },
  })
  const parentIdByHandle = new Map(parents.map((p) => [p.handle, p.id]))
  const { result: children } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: groups.flatMap((g) =>
        g.children.map((child, rank) => ({
          name: child.name,
          handle: child.handle,
          description: child.description,
          is_active: true,
          rank,
          parent_category_id: parentIdByHandle.get(g.handle)!,
          metadata: { name_en: child.name_en },
        }))
      ),
    },
  })
  // Each sub-group remembers its group, so a product image can take the group's colours.
  const topHandleByChild = new Map(groups.flatMap((g) => g.children.map((c) => [c.handle, g.handle] as const)))
  return {
    categoryIdByHandle: new Map([...parents, ...children].map((c) => [c.handle, c.id])),
    topHandleByChild,
  }
}
