import { expect, test } from "@playwright/test"
import { type Page } from "@playwright/test"
import { seedProductByTitle, seedProducts, vnd } from "./seed-data"

/** The n-th card of a seeded product: other journeys (a producer's new listing) may add cards of their own. */
async function seededCard(page: Page, n = 0) {
  const cards = page.getByTestId("product-card")
  await expect(cards.first()).toBeVisible()
  const titles = await cards.locator("h2, h3").allInnerTexts()
  const seeded = titles.map((t, i) => [t.trim(), i] as const).filter(([t]) => seedProducts.some((p) => p.title === t))
  return cards.nth(seeded[n][1])
}

test.describe("a shopper browses the shop", () => {
  test("sees OCOP products with VND prices on the home page, in Vietnamese", async ({ page }) => {
    const response = await page.goto("/")
    expect(response?.status()).toBe(200)
    await expect(page.locator("html")).toHaveAttribute("lang", "vi")

    const cards = page.getByTestId("product-card")
    await expect(cards.first()).toBeVisible()
    expect(await cards.count()).toBeGreaterThanOrEqual(5)

    const card = await seededCard(page)
    const title = await card.getByRole("heading").first().innerText()
    const seed = seedProductByTitle(title)
    const cheapest = Math.min(...seed.variants.map((v) => v.price))
    await expect(card.getByTestId("product-price")).toContainText(vnd(cheapest))
  })

  test("opens a product and reads its price", async ({ page }) => {
    await page.goto("/")
    const card = await seededCard(page, 1)
    const seed = seedProductByTitle(await card.getByRole("heading").first().innerText())
    await card.getByRole("link").first().click()

    await expect(page).toHaveURL(new RegExp(`/san-pham/${seed.handle}$`))
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(seed.title)
    await expect(page.getByTestId("product-price")).toHaveText(vnd(seed.variants[0].price))
    await expect(page).toHaveTitle(new RegExp(seed.title))
  })

  test("switches to English and back", async ({ page }) => {
    const seed = seedProductByTitle("Gạo ST25 lúa tôm")
    await page.goto("/?lng=en")
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
    // The choice sticks for the next page.
    await page.goto(`/san-pham/${seed.handle}`)
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
    await expect(page.getByTestId("product-price")).toHaveText(vnd(seed.variants[0].price))

    await page.goto("/?lng=vi")
    await expect(page.locator("html")).toHaveAttribute("lang", "vi")
  })

  test("switches language from the header: the page and the next ones are in it, in every open tab", async ({ page, context }) => {
    // No hydration error or failed script along the way.
    const problems: string[] = []
    page.on("pageerror", (error) => problems.push(error.message))
    page.on("console", (message) => message.type() === "error" && problems.push(message.text()))
    const navigation = page.getByRole("navigation", { name: /Điều hướng chính|Main navigation/ })

    await page.goto("/")
    await expect(navigation.getByRole("link", { name: "Sản phẩm" })).toBeVisible()
    await page.getByTestId("language-switch").getByRole("button", { name: "English" }).click()
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
    await expect(navigation.getByRole("link", { name: "Products" })).toBeVisible()

    // A link followed in the browser (no page load) stays in English.
    await navigation.getByRole("link", { name: "Provinces" }).click()
    await expect(page).toHaveURL(/\/tinh-thanh/)
    await expect(navigation.getByRole("link", { name: "Fairs" })).toBeVisible()

    // Another tab switches back to Vietnamese; this tab's next page follows without a reload.
    const other = await context.newPage()
    await other.goto("/")
    await other.getByTestId("language-switch").getByRole("button", { name: "Tiếng Việt" }).click()
    await expect(other.locator("html")).toHaveAttribute("lang", "vi")
    await navigation.getByRole("link", { name: "Fairs" }).click()
    await expect(page.locator("html")).toHaveAttribute("lang", "vi")
    await expect(navigation.getByRole("link", { name: "Hội chợ" })).toBeVisible()
    expect(problems).toEqual([])
  })

  test("gets a friendly 404 for a page or product that does not exist", async ({ page }) => {
    const missingPage = await page.goto("/trang-khong-ton-tai")
    expect(missingPage?.status()).toBe(404)
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/Không tìm thấy/i)
    await expect(page.getByRole("link", { name: /trang chủ/i }).first()).toBeVisible()

    const missingProduct = await page.goto("/san-pham/khong-co-san-pham-nay")
    expect(missingProduct?.status()).toBe(404)
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/Không tìm thấy/i)
  })
})
