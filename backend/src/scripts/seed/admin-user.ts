import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import storeData from "./data/store.json"

/** The dashboard login that `npm start` prints; ADMIN_EMAIL / ADMIN_PASSWORD override it. */
export async function seedAdminUser(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const email = process.env.ADMIN_EMAIL || storeData.admin.email
  const password = process.env.ADMIN_PASSWORD || storeData.admin.password

  const { authIdentity, error } = await container.resolve(Modules.AUTH).register("emailpass", {
    body: { email, password },
  })
  if (error || !authIdentity) {
    throw new Error(`Could not create the admin login ${email}: ${error}`)
  }
  await createUserAccountWorkflow(container).run({
    input: { userData: { email, first_name: "Quản trị", last_name: "Chợ OCOP" }, authIdentityId: authIdentity.id },
  })
  logger.info(`Admin user ${email} created.`)
}
