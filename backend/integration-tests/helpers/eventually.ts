/** Retries until the check passes: events reach the search index in the background. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 8_000): Promise<T> {
  const started = Date.now()
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error
      await new Promise((resolve) => setTimeout(resolve, 150))
    }
  }
}
