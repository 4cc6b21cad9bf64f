import { expect, test, type Page } from "@playwright/test"
import { vnd } from "./seed-data"

// One journey across the two portals and the shop: a producer of Thái Nguyên signs up,
// the province's officer approves it, the producer lists a product, the officer approves it,
// and shoppers find it. Everything is unique to this run, so it can run again on the same store.
const run = Date.now()
const producerName = `HTX Chè Thử Nghiệm ${run}`
const ownerEmail = `chu.thu-nghiem.${run}@example.vn`
const ownerPassword = "mat-khau-thu-nghiem"
const productTitle = `Chè búp Tân Cương thử nghiệm ${run}`
const price = 85_000
const stock = 40
const officer = { email: "canbo.thainguyen@cho-ocop.local", password: "cho-ocop-tinh" }

// A tiny but real PDF, as the business registration paper.
const paperPdf = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
)

async function officerLogsIn(page: Page) {
  await page.goto("/tinh")
  await expect(page).toHaveURL(/\/tinh\/dang-nhap/)
  await page.getByLabel("Email").fill(officer.email)
  await page.getByLabel("Mật khẩu").fill(officer.password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page).toHaveURL(/\/tinh$/)
  await expect(page.getByTestId("province-portal")).toContainText("Thái Nguyên")
}

test.describe("a producer lists its products", () => {
  test.setTimeout(180_000)

  test("signs up with papers, is approved by the province, lists a 250 g pack that the province approves, and shoppers find it", async ({
    page,
    browser,
  }) => {
    // The footer invites producers to sell.
    await page.goto("/")
    await page.getByTestId("footer-sell").click()
    await expect(page).toHaveURL(/\/nha-san-xuat\/dang-nhap/)
    await page.getByRole("link", { name: "Đăng ký chủ thể" }).click()
    await expect(page).toHaveURL(/\/nha-san-xuat\/dang-ky/)

    // Sign-up: the province first, then its communes arrive (the no-JavaScript button goes once the page runs).
    const form = page.getByTestId("signup-form")
    await expect(page.getByRole("button", { name: "Xem xã/phường của tỉnh" })).toHaveCount(0)
    await form.getByLabel("Tỉnh/thành").selectOption("19")
    const commune = form.getByLabel("Xã/phường")
    await expect(commune.locator('option[value="05503"]')).toHaveCount(1)
    await commune.selectOption("05503")
    await form.getByLabel("Địa chỉ sản xuất").fill("Xóm Soi, xã Tân Cương")
    await form.getByLabel("Tên chủ thể").fill(producerName)
    await form.getByLabel("Loại chủ thể").selectOption("cooperative")
    await form.getByLabel("Điện thoại").fill("0912345678")
    await form.getByLabel("Người liên hệ").fill("Nguyễn Văn Thử")
    await form.getByLabel("Câu chuyện sản phẩm").fill("Chè búp hái tay trên đồi Tân Cương.")
    await form.getByLabel("Họ tên").fill("Nguyễn Văn Thử")
    await form.getByLabel("Email đăng nhập").fill(ownerEmail)
    await form.getByLabel("Mật khẩu").fill(ownerPassword)
    await form.getByLabel("Tệp giấy tờ").setInputFiles({ name: "giay-dang-ky-kinh-doanh.pdf", mimeType: "application/pdf", buffer: paperPdf })
    await form.getByRole("button", { name: "Gửi hồ sơ đăng ký" }).click()

    // Signed in at once, waiting for the province, the paper handed in.
    await expect(page).toHaveURL(/\/nha-san-xuat$/)
    await expect(page.getByTestId("producer-status")).toHaveText(/chờ duyệt/i)
    await expect(page.getByTestId("notice-success")).toBeVisible()
    await expect(page.getByTestId("papers-list")).toContainText("giay-dang-ky-kinh-doanh.pdf")

    // The officer of Thái Nguyên approves the producer.
    const officerContext = await browser.newContext()
    const officerPage = await officerContext.newPage()
    await officerLogsIn(officerPage)
    await officerPage.goto("/tinh/chu-the?status=pending")
    const row = officerPage.getByTestId("province-producer").filter({ hasText: producerName })
    await expect(row).toHaveCount(1)
    await expect(row).toContainText("1 giấy tờ")
    await row.getByRole("button", { name: "Duyệt" }).click()
    await expect(officerPage.getByTestId("notice-success")).toHaveText("Đã duyệt chủ thể.")
    await officerPage.goto("/tinh/chu-the?status=approved")
    await expect(officerPage.getByTestId("province-producer").filter({ hasText: producerName })).toHaveCount(1)

    // The producer now has a dashboard and lists a product.
    await page.reload()
    await expect(page.getByTestId("producer-status")).toHaveText(/đã duyệt/i)
    await expect(page.getByTestId("producer-dashboard")).toBeVisible()
    await page.getByRole("link", { name: "Đăng sản phẩm mới" }).first().click()
    await expect(page).toHaveURL(/\/nha-san-xuat\/san-pham\/moi$/)
    const productForm = page.getByTestId("product-form")
    await productForm.getByLabel("Tên sản phẩm").fill(productTitle)
    await productForm.getByLabel("Mô tả").fill("Chè búp xanh Tân Cương, sao tay, hộp 250 g.")
    await productForm.getByLabel("Nhóm sản phẩm").selectOption({ index: 1 })
    const firstRow = productForm.getByTestId("variant-row").first()
    await firstRow.getByLabel("Quy cách").fill("Hộp 250 g")
    await firstRow.getByLabel("Giá (₫)").fill(String(price))
    await firstRow.getByLabel("Tồn kho").fill(String(stock))
    await productForm.getByRole("button", { name: "Gửi sản phẩm để duyệt" }).click()

    const detail = page.getByTestId("producer-product-detail")
    await expect(detail).toBeVisible()
    await expect(detail.getByTestId("moderation-state").first()).toHaveText("Chờ duyệt")
    const handle = await detail.getAttribute("data-handle")
    expect(handle).toBeTruthy()
    await page.goto("/nha-san-xuat/san-pham")
    await expect(page.getByTestId("producer-product").filter({ hasText: productTitle })).toContainText("Chờ duyệt")

    // Not in the shop while it waits.
    const waiting = await page.request.get(`/san-pham/${handle}`)
    expect(waiting.status()).toBe(404)

    // The officer approves the product.
    await officerPage.goto("/tinh/san-pham")
    const productRow = officerPage.getByTestId("province-product").filter({ hasText: productTitle })
    await expect(productRow).toHaveCount(1)
    await expect(productRow).toContainText(producerName)
    await expect(productRow).toContainText(vnd(price))
    await productRow.getByRole("button", { name: "Duyệt" }).click()
    await expect(officerPage.getByTestId("notice-success")).toContainText("Đã duyệt sản phẩm")
    await officerContext.close()

    // The producer sees it approved, with a link to the shop.
    await page.goto("/nha-san-xuat/san-pham")
    await expect(page.getByTestId("producer-product").filter({ hasText: productTitle })).toContainText("Đã duyệt")

    // Shoppers find it: its page, with the 250 g pack at its price…
    const response = await page.goto(`/san-pham/${handle}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(productTitle)
    await expect(page.getByTestId("product-detail")).toContainText(vnd(price))
    // (One pack size: the page shows its price without a picker.)
    await expect(page.getByTestId("product-detail")).toHaveAttribute("data-handle", handle!)
    await expect(page.getByTestId("product-detail")).toContainText(producerName)

    // …and the search (the index follows within moments).
    await expect(async () => {
      await page.goto(`/tim-kiem?q=${encodeURIComponent(productTitle)}`)
      await expect(page.getByTestId("search-results").getByTestId("product-card").filter({ hasText: productTitle })).toHaveCount(1, {
        timeout: 2_000,
      })
    }).toPass({ timeout: 30_000 })
  })
})
