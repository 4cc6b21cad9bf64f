/** Where the storefront lives, for links in messages. */
export function storefrontUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.STOREFRONT_URL ?? "http://localhost:3000").replace(/\/$/, "")
}

export function orderLink(orderId: string, token?: string | null): string {
  const link = `${storefrontUrl()}/don-hang/${encodeURIComponent(orderId)}`
  return token ? `${link}?token=${encodeURIComponent(token)}` : link
}

export function passwordResetLink(email: string, token: string): string {
  return `${storefrontUrl()}/tai-khoan/dat-lai-mat-khau?token=${encodeURIComponent(token)}&email=${encodeURIComponent(email)}`
}
