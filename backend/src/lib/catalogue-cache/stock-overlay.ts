/**
 * The quantities of a kept answer, read again once per stock change. Product
 * lists and pages show stock, which moves with every order, while the rest of
 * such an answer (prices, producer, certificate: about 60 ms for a page of 24
 * cards) changes only with the catalogue. So the answer is kept until the
 * catalogue changes (answer-cache.ts), and its quantities are read again, a
 * few flat reads, the first time it is asked for after the stock generation
 * has moved. Requests asking at once share one read. What was read is kept
 * with the answer object and goes when the answer does.
 */
export function createStockOverlay<T extends object>({ generation }: { generation: () => Promise<string> }) {
  const overlays = new WeakMap<T, { generation: string; value: Promise<T> }>()

  return {
    /** `answer` was computed with the stock of `stockGeneration`: nothing to read again until it moves. */
    computedAt(answer: T, stockGeneration: string) {
      overlays.set(answer, { generation: stockGeneration, value: Promise.resolve(answer) })
    },

    /**
     * `answer` with today's quantities, from `restock` (which must return a new object, not change
     * `answer`). `justRead`: the stock generation, when the caller has just read it.
     */
    async current(answer: T, restock: (answer: T) => Promise<T>, justRead?: Promise<string>): Promise<T> {
      let now: string
      try {
        now = await (justRead ?? generation())
      } catch {
        // Without a trustworthy stock generation, quantities are read every time.
        return restock(answer)
      }
      const kept = overlays.get(answer)
      if (kept?.generation === now) return kept.value
      const value = restock(answer)
      overlays.set(answer, { generation: now, value })
      // A failed read is not kept: the next request reads again.
      value.catch(() => overlays.get(answer)?.value === value && overlays.delete(answer))
      return value
    },
  }
}
