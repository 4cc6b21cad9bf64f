import { expect, test, type Page } from "@playwright/test"

// The demo fairs the seed adds (one live, one upcoming, one past) are found on /hoi-cho, which shows
// exactly what the backend's GET /store/fairs answers: no slug is written down here.

/** "127.500 ₫" → 127500. */
const amount = (text: string) => Number(text.replace(/[^\d]/g, ""))

/** The slug of the first fair in a section of /hoi-cho ("live", "upcoming" or "past"). */
async function fairSlug(page: Page, section: "live" | "upcoming" | "past"): Promise<string> {
  await page.goto("/hoi-cho")
  const card = page.getByTestId(`fairs-${section}`).getByTestId("fair-card").first()
  await expect(card).toBeVisible()
  return (await card.getAttribute("data-slug"))!
}

test.describe("online trade fairs", () => {
  test("the fairs page lists live, upcoming and past fairs and the header links to it", async ({ page }) => {
    await page.goto("/")
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Hội chợ" }).click()
    await expect(page).toHaveURL(/\/hoi-cho$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hội chợ OCOP trực tuyến")

    const live = page.getByTestId("fairs-live").getByTestId("fair-card").first()
    await expect(live.getByTestId("fair-phase")).toHaveText(/Đang diễn ra/)
    await expect(live.getByTestId("fair-countdown-text")).toHaveText(/^Kết thúc sau: Còn /)
    await expect(live.getByTestId("fair-organiser")).not.toBeEmpty()

    const upcoming = page.getByTestId("fairs-upcoming").getByTestId("fair-card").first()
    await expect(upcoming.getByTestId("fair-phase")).toHaveText(/Sắp diễn ra/)
    await expect(upcoming.getByTestId("fair-countdown-text")).toHaveText(/^Khai mạc sau: Còn /)

    const past = page.getByTestId("fairs-past").getByTestId("fair-card").first()
    await expect(past.getByTestId("fair-phase")).toHaveText(/Đã kết thúc|Đã hủy/)
    await expect(past.getByTestId("fair-countdown-text")).toHaveCount(0)
  })

  test("a live fair's countdown ticks; a fair-priced product goes into the cart at the fair price", async ({ page }) => {
    test.setTimeout(120_000)
    const slug = await fairSlug(page, "live")
    await page.goto(`/hoi-cho/${slug}`)
    await expect(page.getByTestId("fair-page")).toHaveAttribute("data-phase", "live")

    // The countdown is server-rendered, then ticks every second in the browser.
    const timer = page.getByRole("timer")
    await expect(timer).toHaveAttribute("aria-live", "off")
    await expect(timer).toHaveText(/^Còn (\d+ ngày )?\d\d:\d\d:\d\d$/)
    const first = await timer.innerText()
    await expect.poll(() => timer.innerText(), { timeout: 2_500, intervals: [250] }).not.toBe(first)

    // A discounted product: the usual price struck through, the fair price, "−N%".
    const card = page.getByTestId("fair-products").getByTestId("product-card").filter({ has: page.locator("del") }).first()
    await expect(card).toBeVisible()
    const regular = amount(await card.getByTestId("regular-price").innerText())
    const fairPrice = amount(await card.getByTestId("fair-price").innerText())
    expect(fairPrice).toBeGreaterThan(0)
    expect(fairPrice).toBeLessThan(regular)
    await expect(card.getByTestId("discount-badge")).toHaveText(/^−\d{1,2}%$/)
    const handle = (await card.getAttribute("data-handle"))!

    // Add one from the product page (its usual add-to-cart form, first pack size).
    await card.getByRole("heading").getByRole("link").click()
    await expect(page).toHaveURL(new RegExp(`/san-pham/${handle}$`))
    const form = page.getByTestId("add-to-cart")
    await form.getByLabel("Số lượng").fill("1")
    await form.getByRole("button", { name: "Thêm vào giỏ hàng" }).click()
    await expect(page.getByTestId("add-to-cart-done")).toContainText("Đã thêm 1 ×")

    // The cart charges the fair price.
    await page.goto("/gio-hang")
    const line = page.getByTestId("cart-line")
    await expect(line).toHaveCount(1)
    await expect(line.getByTestId("line-total")).toHaveText(new RegExp(`^${fairPrice.toLocaleString("vi-VN").replace(/\./g, "\\.")}\\s₫$`))
    expect(amount(await page.getByTestId("total-items").innerText())).toBe(fairPrice)
  })

  test("an upcoming fair counts down to its opening; a past one shows regular prices; an unknown one is 404", async ({ page }) => {
    const upcoming = await fairSlug(page, "upcoming")
    await page.goto(`/hoi-cho/${upcoming}`)
    await expect(page.getByTestId("fair-hero")).toContainText("Khai mạc sau:")
    await expect(page.getByRole("timer")).toHaveText(/^Còn /)
    await expect(page.locator("main del")).toHaveCount(0)

    const past = await fairSlug(page, "past")
    await page.goto(`/hoi-cho/${past}`)
    await expect(page.getByTestId("fair-phase").first()).toHaveText(/Đã kết thúc|Đã hủy/)
    await expect(page.getByRole("timer")).toHaveCount(0)
    await expect(page.locator("main del")).toHaveCount(0)

    const response = await page.goto("/hoi-cho/khong-co-hoi-cho-nay")
    expect(response?.status()).toBe(404)
  })

  test("a search hit sold at the live fair links to it and shows the fair price", async ({ page }) => {
    const slug = await fairSlug(page, "live")
    // A discounted product of the live fair, searched for by its name.
    await page.goto(`/hoi-cho/${slug}`)
    const title = (await page.getByTestId("fair-products").getByTestId("product-card").filter({ has: page.locator("del") }).first().getByRole("heading").innerText()).trim()
    await page.goto(`/tim-kiem?q=${encodeURIComponent(title)}`)
    const card = page.getByTestId("search-results").getByTestId("product-card").filter({ hasText: title }).first()
    const badge = card.getByTestId("fair-badge")
    await expect(badge).toHaveText(/^Hội chợ: /)
    await expect(card.locator("del")).toBeVisible()
    expect(amount(await card.getByTestId("fair-price").innerText())).toBeLessThan(amount(await card.locator("del").innerText()))
    await badge.click()
    await expect(page).toHaveURL(new RegExp(`/hoi-cho/${slug}$`))
  })

  test("a booth page lists its producer's products and the filters narrow the fair's products", async ({ page }) => {
    const slug = await fairSlug(page, "live")
    await page.goto(`/hoi-cho/${slug}`)
    const booth = page.getByTestId("fair-booth").first()
    const producer = (await booth.getByTestId("booth-producer").innerText()).trim()
    await booth.getByRole("link").click()
    await expect(page).toHaveURL(new RegExp(`/hoi-cho/${slug}/gian-hang/\\d+$`))
    await expect(page.getByRole("heading", { level: 1 })).toContainText(producer)
    await expect(page.getByTestId("fair-products").getByTestId("product-card").first()).toBeVisible()

    // Filter by a star level from the facets: only products of that level remain (a plain GET form).
    await page.goto(`/hoi-cho/${slug}`)
    const all = await page.getByTestId("fair-products").getByTestId("product-card").count()
    const five = page.getByTestId("fair-filters").getByRole("checkbox").first()
    const level = await five.getAttribute("value")
    await five.check()
    await page.getByTestId("fair-filters").getByRole("button", { name: "Lọc" }).click()
    await expect(page).toHaveURL(new RegExp(`[?&]stars=${level}`))
    const cards = page.getByTestId("fair-products").getByTestId("product-card")
    await expect(cards.first()).toBeVisible()
    expect(await cards.count()).toBeLessThanOrEqual(all)
    for (const stars of await cards.getByTestId("star-badge").evaluateAll((els) => els.map((el) => el.getAttribute("data-stars")))) {
      expect(stars).toBe(level)
    }
  })
})
