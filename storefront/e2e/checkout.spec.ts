import { expect, test, type Page } from "@playwright/test"
import { seedProductByTitle, vnd } from "./seed-data"

// Two products of two producers that no other journey changes; plenty in stock.
const CANDY = seedProductByTitle("Kẹo dừa Bến Tre")
const GARLIC = seedProductByTitle("Tỏi Lý Sơn")

/** Adds `quantity` of the product's first pack size from its page; answers the producer's name. */
async function addToCart(page: Page, handle: string, quantity: number): Promise<string> {
  await page.goto(`/san-pham/${handle}`)
  const producer = (await page.getByTestId("producer-link").innerText()).trim()
  const form = page.getByTestId("add-to-cart")
  await form.getByLabel("Số lượng").fill(String(quantity))
  await form.getByRole("button", { name: "Thêm vào giỏ hàng" }).click()
  await expect(page.getByTestId("add-to-cart-done")).toContainText(`Đã thêm ${quantity} ×`)
  return producer
}

test.describe("a guest buys from two producers", () => {
  test("adds to cart, checks out with a Vietnamese address, pays COD, then keeps the order in a new account", async ({ page }) => {
    test.setTimeout(180_000)
    const email = `khach.${Date.now()}@example.vn`

    // Cart: two producers, the header counts units.
    const candyProducer = await addToCart(page, CANDY.handle, 2)
    await expect(page.getByTestId("mini-cart-count")).toHaveText("2")
    const garlicProducer = await addToCart(page, GARLIC.handle, 1)
    await expect(page.getByTestId("mini-cart-count")).toHaveText("3")
    expect(candyProducer).not.toBe(garlicProducer)

    await page.getByTestId("mini-cart").click()
    await expect(page).toHaveURL(/\/gio-hang$/)
    const groups = page.getByTestId("cart-group")
    await expect(groups).toHaveCount(2)
    const producersShown = (await page.getByTestId("cart-group-producer").allInnerTexts()).map((t) => t.trim())
    expect(producersShown.sort()).toEqual([candyProducer, garlicProducer].sort())
    const itemTotal = 2 * CANDY.variants[0].price + GARLIC.variants[0].price
    await expect(page.getByTestId("total-items")).toHaveText(vnd(itemTotal))

    // The cart survives a reload (its id is in the cookie).
    await page.reload()
    await expect(page.getByTestId("cart-line")).toHaveCount(2)

    // Checkout, step 1: a wrong phone first → the backend's Vietnamese message next to the field.
    await page.getByTestId("to-checkout").click()
    await expect(page).toHaveURL(/\/thanh-toan/)
    const address = page.getByTestId("address-form")
    await address.getByLabel("Email").fill(email)
    await address.getByLabel("Họ và tên người nhận").fill("Nguyễn Thị Lan")
    await address.getByLabel("Số điện thoại").fill("12345")
    await address.getByLabel("Tỉnh/thành").selectOption("01")
    const commune = address.getByLabel("Xã/phường")
    await expect(commune).toBeEnabled()
    await commune.selectOption({ index: 1 })
    await address.getByLabel("Số nhà, đường, thôn/ấp").fill("12 phố Hàng Bông")
    await page.getByTestId("address-submit").click()

    const phone = page.getByTestId("address-form").getByLabel("Số điện thoại")
    await expect(phone).toHaveAttribute("aria-invalid", "true")
    const errorId = (await phone.getAttribute("aria-describedby"))!.split(" ").pop()!
    const phoneError = page.locator(`[id="${errorId}"]`)
    await expect(phoneError).toContainText(/điện thoại/i)
    // What was typed is kept.
    await expect(page.getByTestId("address-form").getByLabel("Họ và tên người nhận")).toHaveValue("Nguyễn Thị Lan")

    await phone.fill("0912 345 678")
    await page.getByTestId("address-submit").click()

    // Step 2: one delivery choice per producer; express for one, standard for the other.
    await expect(page.getByTestId("step-address")).toHaveAttribute("data-state", "done")
    const shipping = page.getByTestId("shipping-group")
    await expect(shipping).toHaveCount(2)
    await shipping.nth(0).locator('[data-code="express"] input[type="radio"]').check()
    await shipping.nth(1).locator('[data-code="standard"] input[type="radio"]').check()
    await page.getByTestId("shipping-submit").click()

    // Step 3: cash on delivery.
    await expect(page.getByTestId("step-shipping")).toHaveAttribute("data-state", "done")
    await page.locator('[data-testid="payment-method"][data-code="cod"] input').check()
    await page.getByTestId("payment-submit").click()

    // Step 4: review and place the order.
    await expect(page.getByTestId("step-review")).toHaveAttribute("data-state", "current")
    await expect(page.getByTestId("review-group")).toHaveCount(2)
    await page.getByTestId("place-order").click()

    // One confirmation, two parcels.
    await expect(page).toHaveURL(/\/don-hang\/[^/?]+\?token=/, { timeout: 30_000 })
    const orderPage = page.getByTestId("order-page")
    await expect(orderPage).toBeVisible()
    const code = (await orderPage.getAttribute("data-order-code"))!
    expect(code).toMatch(/^OCOP-\d+$/)
    await expect(page.getByTestId("order-code")).toContainText(code)
    const shipments = page.getByTestId("shipment")
    await expect(shipments).toHaveCount(2)
    const shipmentProducers = (await page.getByTestId("shipment-producer").allInnerTexts()).map((t) => t.trim())
    expect(shipmentProducers.sort()).toEqual([candyProducer, garlicProducer].sort())
    await expect(shipments.filter({ hasText: candyProducer }).getByTestId("shipment-item")).toContainText(CANDY.title)
    await expect(shipments.filter({ hasText: garlicProducer }).getByTestId("shipment-item")).toContainText(GARLIC.title)
    await expect(page.getByTestId("address-lines")).toContainText("12 phố Hàng Bông")
    await expect(page.getByTestId("total-items")).toHaveText(vnd(itemTotal))
    // The cart is done with: the header is empty again.
    await expect(page.getByTestId("mini-cart-count")).toHaveText("0")

    // Keep the order: create an account from the confirmation page.
    const claim = page.getByTestId("claim-box")
    await expect(claim.getByLabel("Email")).toHaveValue(email)
    await claim.getByLabel("Mật khẩu").fill("mat-khau-rat-dai-2026")
    await page.getByTestId("claim-submit").click()
    await expect(page).toHaveURL(/\/tai-khoan\/don-hang\//, { timeout: 30_000 })
    await expect(page.locator("main")).toContainText(code)

    // And it is listed among the account's orders.
    await page.goto("/tai-khoan/don-hang")
    await expect(page.locator("main")).toContainText(code)
  })
})

test.describe("without JavaScript (a phone that has not run the page's scripts yet)", () => {
  test.use({ javaScriptEnabled: false })

  test("adding to the cart is a plain form, and the header counts what was just added", async ({ page }) => {
    await page.goto(`/san-pham/${CANDY.handle}`)
    await expect(page.getByTestId("mini-cart-count")).toHaveText("0")
    await addToCart(page, CANDY.handle, 2)
    await expect(page.getByTestId("mini-cart-count")).toHaveText("2")
    await addToCart(page, CANDY.handle, 1)
    await expect(page.getByTestId("mini-cart-count")).toHaveText("3")
  })
})
