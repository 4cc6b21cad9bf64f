import { createAnswerCache } from "../answer-cache"

/** A cache on a hand-turned clock and generation, and a counted computation. */
function setup({ ttlMs = 60_000, maxEntries = 10 } = {}) {
  const state = { now: 1_000, generation: 1, computed: 0 }
  const cache = createAnswerCache<string>({
    ttlMs,
    maxEntries,
    generation: async () => String(state.generation),
    now: () => state.now,
  })
  const answer = (key: string, validUntil = Infinity) =>
    cache.get(key, async () => {
      state.computed++
      return { value: `${key}#${state.computed}`, validUntil }
    })
  return { state, cache, answer }
}

describe("search and catalogue answers kept in memory", () => {
  it("answers the same question again without computing it again", async () => {
    const { state, answer } = setup()
    expect(await answer("trà")).toBe("trà#1")
    expect(await answer("trà")).toBe("trà#1")
    expect(await answer("cà phê")).toBe("cà phê#2")
    expect(state.computed).toBe(2)
  })

  it("computes afresh once the catalogue has changed", async () => {
    const { state, answer } = setup()
    await answer("trà")
    state.generation++
    expect(await answer("trà")).toBe("trà#2")
  })

  it("computes afresh when the clock reaches the moment the answer stops being true (a certificate lapses)", async () => {
    const { state, answer } = setup()
    await answer("trà", 5_000)
    state.now = 4_999
    expect(await answer("trà")).toBe("trà#1")
    state.now = 5_000
    expect(await answer("trà")).toBe("trà#2")
  })

  it("keeps an answer no longer than its time to live", async () => {
    const { state, answer } = setup({ ttlMs: 100 })
    await answer("trà")
    state.now += 101
    expect(await answer("trà")).toBe("trà#2")
  })

  it("lets shoppers asking the same question at once share one computation", async () => {
    const { state, answer } = setup()
    const answers = await Promise.all([answer("mật ong"), answer("mật ong"), answer("mật ong")])
    expect(answers).toEqual(["mật ong#1", "mật ong#1", "mật ong#1"])
    expect(state.computed).toBe(1)
  })

  it("does not keep an answer computed while the catalogue changed under it", async () => {
    const state = { generation: 1, computed: 0 }
    const cache = createAnswerCache<number>({ ttlMs: 60_000, maxEntries: 10, generation: async () => String(state.generation) })
    const compute = async () => {
      state.computed++
      state.generation++ // a product changed while this answer was being read
      return { value: state.computed, validUntil: Infinity }
    }
    await cache.get("nước mắm", compute)
    expect(cache.size).toBe(0)
  })

  it("forgets the least recently used answers beyond its size", async () => {
    const { state, cache, answer } = setup({ maxEntries: 2 })
    await answer("a")
    await answer("b")
    await answer("a") // a is now the most recently used
    await answer("c") // b goes
    expect(cache.size).toBe(2)
    const before = state.computed
    await answer("a")
    expect(state.computed).toBe(before)
    await answer("b")
    expect(state.computed).toBe(before + 1)
  })

  it("still answers, uncached, when the generation cannot be read (Redis down)", async () => {
    let computed = 0
    const cache = createAnswerCache<number>({
      ttlMs: 60_000,
      maxEntries: 10,
      generation: async () => {
        throw new Error("Redis is not answering")
      },
    })
    const compute = async () => ({ value: ++computed, validUntil: Infinity })
    expect(await cache.get("gạo", compute)).toBe(1)
    expect(await cache.get("gạo", compute)).toBe(2)
    expect(cache.size).toBe(0)
  })

  it("does not remember a failed computation", async () => {
    const { answer, cache } = setup()
    await expect(cache.get("x", async () => Promise.reject(new Error("database down")))).rejects.toThrow("database down")
    expect(await answer("x")).toBe("x#1")
  })
})
