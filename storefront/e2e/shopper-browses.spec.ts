import { expect, test } from "@playwright/test"

test.describe("a shopper browses the shop", () => {
  test("sees OCOP products with VND prices on the home page, in Vietnamese", async ({ page }) => {
    const response = await page.goto("/")
    expect(response?.status()).toBe(200)
    await expect(page.locator("html")).toHaveAttribute("lang", "vi")

    const cards = page.getByTestId("product-card")
    await expect(cards.first()).toBeVisible()
    expect(await cards.count()).toBeGreaterThanOrEqual(5)

    const rice = cards.filter({ hasText: "Gạo ST25" })
    await expect(rice.getByTestId("product-price")).toHaveText(/150\.000\s₫/)
  })

  test("opens a product and reads its price", async ({ page }) => {
    await page.goto("/")
    await page.getByTestId("product-card").filter({ hasText: "Chè tôm nõn Tân Cương" }).getByRole("link").first().click()

    await expect(page).toHaveURL(/\/san-pham\/che-tom-non-tan-cuong$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chè tôm nõn Tân Cương")
    await expect(page.getByTestId("product-price")).toHaveText(/150\.000\s₫/)
    await expect(page).toHaveTitle(/Chè tôm nõn Tân Cương/)
  })

  test("switches to English and back", async ({ page }) => {
    await page.goto("/?lng=en")
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
    // The choice sticks for the next page.
    await page.goto("/san-pham/gao-st25")
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
    await expect(page.getByTestId("product-price")).toHaveText(/150\.000\s₫/)

    await page.goto("/?lng=vi")
    await expect(page.locator("html")).toHaveAttribute("lang", "vi")
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
