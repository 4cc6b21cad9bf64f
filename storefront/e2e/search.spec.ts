import { expect, test, type Page } from "@playwright/test"
import { seedProductByTitle } from "./seed-data"

// A 5-star product of the demo store, found by typing its name without accents.
const TEA = seedProductByTitle("Trà hoa vàng Ba Chẽ")
const TEA_TYPED = "tra hoa vang"
const offlineBase = `http://localhost:${process.env.OFFLINE_STOREFRONT_PORT ?? "3999"}`

const searchBox = (page: Page) => page.getByTestId("search-box").getByRole("combobox")
const resultCards = (page: Page) => page.getByTestId("search-results").getByTestId("product-card")
const fiveStars = (page: Page) => page.getByTestId("facet-stars").getByRole("checkbox", { name: /\b5 sao\b/ })

/** Resolves once the suggestions for exactly `q` have arrived (earlier, aborted ones do not count). */
function suggestionsFor(page: Page, q: string) {
  return page.waitForResponse((response) => {
    const url = new URL(response.url())
    return url.pathname === "/goi-y" && url.searchParams.get("q") === q && response.ok()
  })
}

/**
 * Types into the header box until its suggestions for `q` arrive: right after a
 * cold start the page may not be hydrated yet, and typing then fetches nothing.
 */
async function typeForSuggestions(page: Page, q: string) {
  const box = searchBox(page)
  await expect(async () => {
    const answered = suggestionsFor(page, q)
    await box.fill("")
    await box.fill(q)
    await Promise.race([answered, page.waitForTimeout(5_000).then(() => Promise.reject(new Error("no suggestions yet")))])
  }).toPass({ timeout: 45_000 })
}

test.describe("a shopper searches the shop", () => {
  test("types without accents, sees suggestions, searches, keeps only 5-star products and goes back", async ({ page }) => {
    await page.goto("/")
    const box = searchBox(page)
    await typeForSuggestions(page, TEA_TYPED)

    // The combobox: its listbox opens with the product, and the live region says how many suggestions there are.
    const suggestions = page.getByTestId("search-suggestions")
    await expect(suggestions).toBeVisible()
    await expect(box).toHaveAttribute("aria-expanded", "true")
    await expect(box).toHaveAttribute("aria-controls", (await suggestions.getAttribute("id"))!)
    await expect(suggestions.getByRole("option", { name: new RegExp(TEA.title) })).toBeVisible()
    const optionCount = await page.getByTestId("suggestion-option").count()
    await expect(page.getByTestId("search-box").getByRole("status")).toHaveText(`${optionCount} gợi ý`)

    // Enter with nothing highlighted searches for the words typed.
    await box.press("Enter")
    await expect(page).toHaveURL(/\/tim-kiem\?q=tra\+hoa\+vang$/)
    await expect(page).toHaveTitle(`Tìm kiếm: ${TEA_TYPED} | Chợ OCOP`)
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex")
    await expect(page.getByTestId("search-count")).toHaveText(new RegExp(`^\\d+ sản phẩm cho “${TEA_TYPED}”$`))
    await expect(resultCards(page).first()).toHaveAttribute("data-handle", TEA.handle)
    await expect(searchBox(page)).toHaveValue(TEA_TYPED)
    const allCount = await page.getByTestId("search-count").innerText()
    const allCards = await resultCards(page).count()

    // The 5★ facet narrows the results in place; the URL says so.
    await fiveStars(page).click()
    await expect(page).toHaveURL(/[?&]stars=5(&|$)/)
    await expect(fiveStars(page)).toBeChecked()
    // The selected filter is a chip that removes it.
    await expect(page.getByTestId("search-chip")).toHaveCount(1)
    await expect(page.getByRole("link", { name: "Bỏ lọc: 5 sao" })).toHaveAttribute("href", "/tim-kiem?q=tra+hoa+vang")
    await expect(async () => {
      const stars = await resultCards(page).evaluateAll((cards) =>
        cards.map((card) => card.querySelector('[data-testid="star-badge"]')?.getAttribute("data-stars") ?? null),
      )
      expect(stars.length).toBeGreaterThan(0)
      expect(stars.every((s) => s === "5")).toBe(true)
    }).toPass()
    await expect(page.getByTestId("search-results").locator(`[data-handle="${TEA.handle}"]`)).toBeVisible()

    // Back: the previous results, and the box is unticked again.
    await page.goBack()
    await expect(page).toHaveURL(/\/tim-kiem\?q=tra\+hoa\+vang$/)
    await expect(fiveStars(page)).not.toBeChecked()
    await expect(page.getByTestId("search-count")).toHaveText(allCount)
    await expect(resultCards(page)).toHaveCount(allCards)
    await expect(resultCards(page).first()).toHaveAttribute("data-handle", TEA.handle)
    await expect(page.getByTestId("search-chip")).toHaveCount(0)
  })

  test("picks a suggestion with the keyboard and lands on the product", async ({ page }) => {
    await page.goto("/")
    const box = searchBox(page)
    // Hydrated first (suggestions answer a fill), then typed key by key as a person would.
    await typeForSuggestions(page, "tra")
    await box.click()
    const answered = suggestionsFor(page, TEA_TYPED)
    await box.fill("")
    await box.pressSequentially(TEA_TYPED, { delay: 40 })
    await answered

    const option = page.getByRole("option", { name: new RegExp(TEA.title) })
    await expect(option).toBeVisible()
    const index = (await page.getByTestId("suggestion-option").allInnerTexts()).findIndex((text) => text.includes(TEA.title))
    expect(index).toBeGreaterThanOrEqual(0)
    for (let i = 0; i <= index; i++) await box.press("ArrowDown")
    await expect(option).toHaveAttribute("aria-selected", "true")
    await expect(box).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!)
    // The focus never left the text field.
    await expect(box).toBeFocused()

    await box.press("Enter")
    await expect(page).toHaveURL(new RegExp(`/san-pham/${TEA.handle}$`))
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEA.title)
    await expect(searchBox(page)).toHaveAttribute("aria-expanded", "false")
  })

  test("Escape closes the suggestions and a second Escape clears the box", async ({ page }) => {
    await page.goto("/")
    const box = searchBox(page)
    await typeForSuggestions(page, TEA_TYPED)
    await expect(page.getByTestId("search-suggestions")).toBeVisible()
    await box.press("ArrowDown")
    await box.press("Escape")
    await expect(page.getByTestId("search-suggestions")).toBeHidden()
    await expect(box).toHaveAttribute("aria-expanded", "false")
    await expect(box).not.toHaveAttribute("aria-activedescendant", /.+/)
    await expect(box).toHaveValue(TEA_TYPED)
    await box.press("Escape")
    await expect(box).toHaveValue("")
  })

  test("finds the products of an old province by its old name", async ({ page }) => {
    const response = await page.goto("/tim-kiem?q=bac+lieu")
    expect(response?.status()).toBe(200)
    await expect(resultCards(page).first()).toBeVisible()
    // Bạc Liêu merged into Cà Mau in 2025: its products now say Cà Mau.
    await expect(resultCards(page).getByTestId("product-card-province").filter({ hasText: /^Cà Mau$/ }).first()).toBeVisible()
  })

  test("gets suggestions and popular products when nothing matches", async ({ page }) => {
    const response = await page.goto("/tim-kiem?q=qxzv+wkjpf")
    expect(response?.status()).toBe(200)
    const empty = page.getByTestId("search-empty")
    await expect(empty).toBeVisible()
    await expect(page.getByTestId("search-count")).toHaveText("0 sản phẩm cho “qxzv wkjpf”")
    await expect(page.getByTestId("search-results")).toHaveCount(0)
    await expect(empty.getByTestId("product-card").first()).toBeVisible()
    for (const href of await empty.getByTestId("search-suggestion").evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
      expect(href).toMatch(/^\/tim-kiem\?q=[^&]+$/)
    }
  })

  test("the search box works for a shopper who starts typing the moment a page appears", async ({ page }) => {
    // The page's JavaScript starts once the page has loaded (app/lib/scripts-after-load.server.ts), so typing
    // meets hydration half-way. React 18 then sometimes gave up ("Root did not complete", error #345, about
    // one load in five) and left the page without JavaScript for good; React 19 keeps going. Nine loads.
    const errors: string[] = []
    page.on("pageerror", (error) => errors.push(error.message))
    for (const path of ["/", "/tim-kiem?q=tra", `/san-pham/${TEA.handle}`].flatMap((p) => [p, p, p])) {
      await page.goto(path, { waitUntil: "domcontentloaded" })
      await searchBox(page).pressSequentially("tra hoa", { delay: 5 })
      await typeForSuggestions(page, TEA_TYPED)
      await expect(page.getByTestId("search-suggestions").getByRole("option", { name: new RegExp(TEA.title) })).toBeVisible()
    }
    expect(errors).toEqual([])
  })

  test("on a phone the filters open in a dialog that Escape closes", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto("/tim-kiem?q=tra")
    const toggle = page.getByTestId("filters-drawer-toggle")
    // Once the page runs, the toggle is a button that says whether the drawer is open.
    await expect(toggle).toHaveAttribute("aria-expanded", "false")
    await expect(page.getByTestId("facet-stars")).toBeHidden()

    await toggle.click()
    const dialog = page.getByRole("dialog", { name: "Bộ lọc" })
    await expect(dialog).toBeVisible()
    await expect(toggle).toHaveAttribute("aria-expanded", "true")
    await expect(dialog.getByRole("heading", { name: "Bộ lọc" })).toBeFocused()
    await expect(dialog.getByTestId("facet-stars")).toBeVisible()

    await page.keyboard.press("Escape")
    await expect(dialog).toBeHidden()
    await expect(toggle).toHaveAttribute("aria-expanded", "false")
    await expect(toggle).toBeFocused()
  })

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false })

    test("the header box is a plain search form and the results come from the server", async ({ page }) => {
      await page.goto("/")
      await searchBox(page).fill("bac lieu")
      await searchBox(page).press("Enter")
      await expect(page).toHaveURL(/\/tim-kiem\?q=bac\+lieu$/)
      await expect(page.getByTestId("search-count")).toHaveText(/^\d+ sản phẩm cho “bac lieu”$/)
      await expect(resultCards(page).first()).toBeVisible()
    })
  })

  test("gets the friendly page, not an error, when the shop's backend is down", async ({ page, request }) => {
    const response = await page.goto(`${offlineBase}/tim-kiem?q=tra`)
    expect(response?.status()).toBe(503)
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
    expect(await page.locator("body").innerText()).not.toMatch(/ECONNREFUSED|fetch failed|at .*\.js:\d+/)

    const suggestions = await request.get(`${offlineBase}/goi-y?q=tra`)
    expect(suggestions.status()).toBe(503)
    expect(await suggestions.json()).toEqual({ products: [], provinces: [], groups: [] })
  })
})
