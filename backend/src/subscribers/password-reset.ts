import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { passwordResetLink } from "../lib/shopping/storefront-links"

/** A shopper asked to reset their password: send the storefront link with Medusa's reset token. */
export default async function sendPasswordReset({
  event,
  container,
}: SubscriberArgs<{ entity_id: string; token: string; actor_type: string }>) {
  const { entity_id: email, token, actor_type } = event.data
  if (actor_type !== "customer") return
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: email,
    channel: "email",
    template: "password-reset",
    data: {
      subject: "Chợ OCOP: đặt lại mật khẩu",
      link: passwordResetLink(email, token),
      note: "Liên kết có hiệu lực trong 15 phút. Nếu bạn không yêu cầu, hãy bỏ qua thư này.",
    },
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
