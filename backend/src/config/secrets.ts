const DEV_DEFAULT = "supersecret"

/**
 * Secrets come only from the environment. In development a fixed value keeps
 * `npm start` zero-config; in production a missing or default secret stops the
 * server at boot instead of signing sessions with a known key.
 */
export function requiredSecret(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name]
  if (env.NODE_ENV !== "production") {
    return value || DEV_DEFAULT
  }
  if (!value || value === DEV_DEFAULT) {
    throw new Error(
      `${name} must be set to a long random value in production (it is ${value ? "left at the default" : "missing"}).`
    )
  }
  return value
}
