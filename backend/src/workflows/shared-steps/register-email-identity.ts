import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"

export type RegisterEmailIdentityInput = { email: string; password: string }

/**
 * Creates the email-and-password login of a new producer member or officer
 * (Medusa's emailpass provider hashes the password); undone by deleting it.
 */
export const registerEmailIdentityStep = createStep(
  "register-email-identity",
  async ({ email, password }: RegisterEmailIdentityInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const { success, authIdentity, error } = await auth.register("emailpass", { body: { email, password } } as any)
    if (!success || !authIdentity) {
      const taken = /already exists/i.test(error ?? "")
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        taken ? `Email ${email} đã được dùng cho một tài khoản khác.` : `Không tạo được tài khoản: ${error ?? "lỗi không rõ"}`
      )
    }
    return new StepResponse(authIdentity, authIdentity.id)
  },
  async (authIdentityId, { container }) => {
    if (!authIdentityId) return
    await container.resolve(Modules.AUTH).deleteAuthIdentities([authIdentityId])
  }
)
