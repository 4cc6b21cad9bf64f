import { expect, test, type Browser, type Page } from "@playwright/test"

// The portals' side of an online trade fair (issue #7), against the real stack:
// the Thái Nguyên officer creates and publishes a fair and plans a session; a
// producer of the province applies with a product at a discount; the officer
// approves it with a booth number and features the product; the producer sees
// its approved booth; the officer reads the results and downloads the CSV.
// Everything is unique to this run, so it can run again on the same store.
const run = Date.now()
const fairName = `Hội chợ Trà thử nghiệm ${run}`
const officer = { email: "canbo.thainguyen@cho-ocop.local", password: "cho-ocop-tinh" }
const producer = { email: "chu.htx-che-xom-soi-tan-cuong@cho-ocop.local", password: "cho-ocop-nsx" }
const boothNumber = String(100 + (run % 800))

/** A moment `days` from now as a datetime-local value in Vietnam time ("2026-12-03T08:00"). */
function vietnamInput(days: number, hour: number): string {
  const date = new Date(Date.now() + days * 86_400_000)
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit" }).format(date)
  return `${parts}T${String(hour).padStart(2, "0")}:00`
}

async function logIn(browser: Browser, start: string, account: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await page.goto(start)
  await expect(page).toHaveURL(/dang-nhap/)
  await page.getByLabel("Email").fill(account.email)
  await page.getByLabel("Mật khẩu").fill(account.password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page).toHaveURL(new RegExp(`${start}$`))
  return page
}

test.describe("a province's online trade fair in the portals", () => {
  test.setTimeout(180_000)

  test("the officer publishes a fair, a producer applies at a discount, the officer approves and features it, and reads the results", async ({ browser }) => {
    // The officer finds "Hội chợ" in the portal's navigation and creates a published fair.
    const officerPage = await logIn(browser, "/tinh", officer)
    await officerPage.getByRole("navigation", { name: "Các trang của cổng" }).getByRole("link", { name: "Hội chợ" }).click()
    await expect(officerPage).toHaveURL(/\/tinh\/hoi-cho$/)
    const create = officerPage.getByTestId("create-fair-form")
    // The storefront's own check first: the end before the start.
    await create.getByLabel("Tên hội chợ").fill(fairName)
    await create.getByLabel("Loại").selectOption("hoi_cho")
    await create.getByLabel("Bắt đầu").fill(vietnamInput(3, 8))
    await create.getByLabel("Kết thúc").fill(vietnamInput(2, 8))
    await create.getByRole("button", { name: "Tạo hội chợ" }).click()
    await expect(officerPage.getByTestId("create-fair-form").getByText("Thời điểm kết thúc phải sau thời điểm bắt đầu")).toBeVisible()

    await create.getByLabel("Tên hội chợ").fill(fairName)
    await create.getByLabel("Giới thiệu").fill("Trà búp Tân Cương, giá hội chợ.")
    await create.getByLabel("Bắt đầu").fill(vietnamInput(1, 8))
    await create.getByLabel("Kết thúc").fill(vietnamInput(5, 21))
    await create.getByLabel("Công bố ngay").check()
    await create.getByRole("button", { name: "Tạo hội chợ" }).click()
    await expect(officerPage).toHaveURL(/\/tinh\/hoi-cho\/[^/]+$/)
    await expect(officerPage.getByTestId("notice-success")).toHaveText("Đã tạo và công bố hội chợ.")
    const detail = officerPage.getByTestId("province-fair-detail")
    await expect(detail).toHaveAttribute("data-status", "published")
    await expect(detail.getByTestId("fair-dates")).toContainText("08:00")
    const fairUrl = officerPage.url()

    // A livestream session on the schedule.
    const row = officerPage.getByTestId("session-row").first()
    await row.getByLabel("Tên buổi").fill("Livestream khai mạc")
    await row.getByLabel("Loại buổi").selectOption("livestream")
    await row.getByLabel("Bắt đầu").fill(vietnamInput(1, 9))
    await row.getByLabel("Đường dẫn (livestream)").fill("https://www.youtube.com/live/thu-nghiem")
    await officerPage.getByRole("button", { name: "Lưu lịch" }).click()
    await expect(detail.getByTestId("notice-success")).toHaveText("Đã lưu lịch các buổi.")
    await expect(officerPage.getByTestId("session-row").first().getByLabel("Tên buổi")).toHaveValue("Livestream khai mạc")

    // The producer sees the fair and applies: a product at 15 % off (both deals at once is refused first).
    const producerPage = await logIn(browser, "/nha-san-xuat", producer)
    await producerPage.getByRole("navigation", { name: "Các trang của cổng" }).getByRole("link", { name: "Hội chợ" }).click()
    await expect(producerPage).toHaveURL(/\/nha-san-xuat\/hoi-cho$/)
    const card = producerPage.getByTestId("producer-fair").filter({ hasText: fairName })
    await expect(card.getByTestId("my-booth")).toHaveAttribute("data-status", "none")
    await card.locator("summary", { hasText: "Đăng ký gian hàng" }).click()
    const candidate = card.getByTestId("booth-candidate").filter({ has: producerPage.locator('input[name="product_id"]:not([disabled])') }).first()
    const productTitle = (await candidate.locator("label span.font-medium").textContent())?.trim() ?? ""
    expect(productTitle).not.toBe("")
    await candidate.locator('input[name="product_id"]').check()
    await candidate.getByLabel("Giá hội chợ (đ)").fill("50000")
    await candidate.getByLabel("Giảm (%)").fill("15")
    await card.getByRole("button", { name: "Gửi đăng ký" }).click()
    const cardAgain = producerPage.getByTestId("producer-fair").filter({ hasText: fairName })
    await expect(cardAgain.getByText("Nhập giá hội chợ hoặc mức giảm %, chỉ một trong hai")).toBeVisible()
    const candidateAgain = cardAgain.getByTestId("booth-candidate").filter({ hasText: productTitle })
    await candidateAgain.locator('input[name="product_id"]').check()
    await candidateAgain.getByLabel("Giá hội chợ (đ)").fill("")
    await candidateAgain.getByLabel("Giảm (%)").fill("15")
    await cardAgain.getByLabel("Ghi chú cho ban tổ chức").fill("Gian trà búp")
    await cardAgain.getByRole("button", { name: "Gửi đăng ký" }).click()
    await expect(producerPage.getByTestId("notice-success")).toHaveText("Đã gửi đơn đăng ký gian hàng; cán bộ tỉnh sẽ duyệt.")
    const pending = producerPage.getByTestId("producer-fair").filter({ hasText: fairName }).getByTestId("my-booth")
    await expect(pending).toHaveAttribute("data-status", "pending")
    await expect(pending.getByTestId("booth-deal")).toContainText("Giảm 15 %")

    // The officer approves the booth with a number and features the product.
    await officerPage.goto(fairUrl)
    const booth = officerPage.getByTestId("booths-pending").getByTestId("fair-booth")
    await expect(booth).toHaveCount(1)
    await expect(booth).toContainText(productTitle)
    await booth.getByLabel("Số gian").fill(boothNumber)
    await booth.getByRole("button", { name: "Duyệt gian hàng" }).click()
    await expect(officerPage.getByTestId("province-fair-detail").getByTestId("notice-success")).toHaveText(`Đã duyệt gian hàng số ${boothNumber}.`)
    const approved = officerPage.getByTestId("booths-approved").getByTestId("fair-booth")
    await expect(approved.getByTestId("booth-number")).toHaveText(`Gian số ${boothNumber}`)
    await approved.getByRole("checkbox", { name: new RegExp(productTitle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).check()
    await approved.getByRole("button", { name: "Lưu sản phẩm nổi bật" }).click()
    await expect(officerPage.getByTestId("province-fair-detail").getByTestId("notice-success")).toHaveText("Đã lưu sản phẩm nổi bật.")
    await officerPage.reload()
    await expect(officerPage.getByTestId("booths-approved").locator('input[name="featured"]').first()).toBeChecked()

    // The producer's booth is approved, with its number.
    await producerPage.reload()
    const mine = producerPage.getByTestId("producer-fair").filter({ hasText: fairName }).getByTestId("my-booth")
    await expect(mine).toHaveAttribute("data-status", "approved")
    await expect(mine).toContainText(`Gian hàng số ${boothNumber} đã được duyệt.`)

    // The officer's results: totals, accessible charts with a table, and the CSV download.
    await officerPage.getByTestId("results-link").click()
    await expect(officerPage).toHaveURL(/\/ket-qua$/)
    await expect(officerPage.getByRole("heading", { level: 1 })).toHaveText(`Kết quả ${fairName}`)
    await expect(officerPage.getByTestId("total-revenue")).toContainText("₫")
    await expect(officerPage.getByRole("img", { name: "Lượt xem theo ngày" })).toBeVisible()
    await expect(officerPage.getByRole("img", { name: "Doanh thu theo ngày" })).toBeVisible()
    const csvLink = officerPage.getByTestId("results-csv")
    await expect(csvLink).toHaveText("Tải CSV")
    const csv = await officerPage.request.get((await csvLink.getAttribute("href"))!)
    expect(csv.status()).toBe(200)
    expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="ket-qua-[a-z0-9-]+\.csv"$/)
    expect(csv.headers()["content-type"]).toContain("text/csv")
    const body = await csv.body()
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])

    // Someone without the officer's login gets no CSV.
    const stranger = await (await browser.newContext()).newPage()
    const refused = await stranger.request.get((await csvLink.getAttribute("href"))!, { maxRedirects: 0 })
    expect(refused.status()).toBe(302)
    expect(refused.headers()["location"]).toContain("/tinh/dang-nhap")
  })
})
