import { createStockOverlay } from "../stock-overlay"

type Page = { handle: string; quantity: number }

/** An overlay on a hand-turned stock generation, and a warehouse whose reads are counted. */
function setup() {
  const state = { generation: 1, reads: 0, quantity: 10, failing: false }
  const overlay = createStockOverlay<Page>({
    generation: async () => {
      if (state.generation < 0) throw new Error("Redis down")
      return String(state.generation)
    },
  })
  const restock = async (page: Page) => {
    state.reads++
    if (state.failing) throw new Error("database down")
    return { ...page, quantity: state.quantity }
  }
  return { state, overlay, current: (page: Page) => overlay.current(page, restock) }
}

describe("quantities of kept product lists and pages", () => {
  it("reads a kept page's stock again once after each stock change, not on every request", async () => {
    const { state, current } = setup()
    const page = { handle: "che-tan-cuong", quantity: 10 }
    expect((await current(page)).quantity).toBe(10)
    expect(state.reads).toBe(1)

    // An order reserves two units.
    state.quantity = 8
    state.generation++
    expect((await current(page)).quantity).toBe(8)
    expect((await current(page)).quantity).toBe(8)
    expect(state.reads).toBe(2)
    // The kept answer itself is left as computed.
    expect(page.quantity).toBe(10)
  })

  it("does not read again the stock an answer was just computed with", async () => {
    const { state, overlay, current } = setup()
    const page = { handle: "mat-ong-ban-ha", quantity: 10 }
    overlay.computedAt(page, "1")
    expect(await current(page)).toBe(page)
    expect(state.reads).toBe(0)
    state.generation++
    state.quantity = 3
    expect((await current(page)).quantity).toBe(3)
  })

  it("lets shoppers asking at once share one read", async () => {
    const { state, current } = setup()
    const page = { handle: "gao-st25", quantity: 10 }
    const answers = await Promise.all([current(page), current(page), current(page)])
    expect(answers.map((a) => a.quantity)).toEqual([10, 10, 10])
    expect(state.reads).toBe(1)
  })

  it("keeps each answer's own stock: another page's read does not stand in for it", async () => {
    const { state, current } = setup()
    await current({ handle: "a", quantity: 1 })
    await current({ handle: "b", quantity: 1 })
    expect(state.reads).toBe(2)
  })

  it("does not keep a failed read", async () => {
    const { state, current } = setup()
    const page = { handle: "nuoc-mam", quantity: 10 }
    state.failing = true
    await expect(current(page)).rejects.toThrow("database down")
    state.failing = false
    expect((await current(page)).quantity).toBe(10)
    expect(state.reads).toBe(2)
  })

  it("reads the stock every time when the stock generation cannot be read (Redis down)", async () => {
    const { state, current } = setup()
    const page = { handle: "ca-phe", quantity: 10 }
    state.generation = -1
    await current(page)
    await current(page)
    expect(state.reads).toBe(2)
  })
})
