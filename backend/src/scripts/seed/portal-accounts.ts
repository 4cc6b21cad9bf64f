import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProvinceOfficerWorkflow } from "../../workflows/create-province-officer"
import { addProducerMemberWorkflow } from "../../workflows/add-producer-member"
import accounts from "./data/portal-accounts.json"

/** Officers of three provinces and owners of three producers, so both portals can be tried at once. */
export async function seedPortalAccounts(container: MedusaContainer, producerIdBySlug: Map<string, string>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const officer of accounts.officers) {
    await createProvinceOfficerWorkflow(container).run({ input: { ...officer, password: accounts.officerPassword } })
  }
  for (const owner of accounts.producerOwners) {
    await addProducerMemberWorkflow(container).run({
      input: {
        producer_id: producerIdBySlug.get(owner.producer)!,
        name: owner.name,
        email: producerOwnerEmail(owner.producer),
        password: accounts.producerPassword,
        role: "owner",
      },
    })
  }
  logger.info(`Portal logins: ${accounts.officers.length} officers, ${accounts.producerOwners.length} producer owners.`)
}

export const producerOwnerEmail = (slug: string) => `chu.${slug}@cho-ocop.local`
