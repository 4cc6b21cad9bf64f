import { expect, test, type Page } from "@playwright/test"
import pg from "pg"

// The stack started by playwright.config.ts (scripts/start.mjs) uses this database unless DATABASE_URL is set.
const databaseUrl =
  process.env.DATABASE_URL || `postgres://postgres:postgres@localhost:${process.env.POSTGRES_PORT ?? "54329"}/cho_ocop`

async function query<T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query<T>(sql, params)).rows
  } finally {
    await client.end()
  }
}

/** Handles of products that still have a stamp nobody has scanned. */
async function handlesWithFreshStamps(): Promise<Set<string>> {
  const rows = await query<{ handle: string }>(
    `select distinct p.handle
       from stamp s
       join stamp_lot l on l.id = s.lot_id
       join product p on p.id = l.product_id
      where s.scan_count = 0 and s.deleted_at is null and l.deleted_at is null and p.deleted_at is null`,
  )
  return new Set(rows.map((row) => row.handle))
}

/** The handles of the product cards on the current page, in order. */
async function cardHandles(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByTestId("product-card")
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))
  return hrefs
    .map((href) => /^\/san-pham\/([^/?#]+)$/.exec(href)?.[1])
    .filter((handle): handle is string => Boolean(handle))
    .map((handle) => decodeURIComponent(handle))
}

test.describe("OCOP catalogue: stars, certificates, stamps and old provinces", () => {
  test("a shopper checks a certified product's certificate, then scans one of its stamps", async ({ page }) => {
    const stamped = await handlesWithFreshStamps()
    expect(stamped.size, "the demo data should have stamped products").toBeGreaterThan(0)

    // Find, through the filters, a product whose certificate is in force and which has stamps: 5★ first.
    let handle: string | undefined
    for (const stars of [5, 4, 3]) {
      const response = await page.goto(`/san-pham?stars=${stars}`)
      expect(response?.status()).toBe(200)
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
      handle = (await cardHandles(page)).find((h) => stamped.has(h))
      if (handle) {
        // Every card in a star filter shows that star level.
        const card = page.getByTestId("product-card").filter({ has: page.locator(`a[href="/san-pham/${handle}"]`) })
        await expect(card.getByTestId("star-badge")).toHaveAttribute("data-stars", String(stars))
        await card.getByRole("link").first().click()
        break
      }
    }
    expect(handle, "a certified product with unscanned stamps").toBeTruthy()

    // The product page: stars, the certificate as printed on the decision, the producer.
    await expect(page).toHaveURL(new RegExp(`/san-pham/${handle}$`))
    const detail = page.getByTestId("product-detail")
    await expect(detail).toBeVisible()
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
    await expect(page.getByTestId("product-price")).toHaveCount(1)
    await expect(page.getByTestId("star-badge")).toBeVisible()
    await expect(page.getByTestId("star-badge")).toHaveAttribute("aria-label", /^Sản phẩm OCOP [345] sao$/)
    const panel = page.getByTestId("certificate-panel")
    await expect(panel).toBeVisible()
    await expect(panel.getByTestId("certificate-decision")).toHaveText(/\S+/)
    await expect(panel.getByTestId("certificate-valid-until")).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/)
    await expect(page.getByTestId("origin-province")).toBeVisible()
    await expect(page.getByTestId("producer-link")).toHaveAttribute("href", /^\/chu-the\/.+/)

    const productId = await detail.getAttribute("data-product-id")
    expect(productId).toBeTruthy()

    // A stamp of this product that nobody has scanned yet, straight from the database.
    const [stamp] = await query<{ code: string; lot_code: string }>(
      `select s.code, l.lot_code
         from stamp s join stamp_lot l on l.id = s.lot_id
        where l.product_id = $1 and s.scan_count = 0 and s.deleted_at is null and l.deleted_at is null
        limit 1`,
      [productId],
    )
    expect(stamp, "an unscanned stamp of the product").toBeTruthy()

    const traced = await page.goto(`/trace/${stamp!.code}`)
    expect(traced?.status()).toBe(200)
    const verdict = page.getByTestId("trace-verdict")
    await expect(verdict).toHaveAttribute("data-verdict", "genuine")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tem chính hãng")
    await expect(page.getByTestId("trace-lot")).toContainText(stamp!.lot_code)
    await expect(page.getByTestId("trace-scans")).toContainText("1 lần")

    // The page scanned the stamp exactly once.
    const [after] = await query<{ scan_count: number }>(`select scan_count from stamp where code = $1`, [stamp!.code])
    expect(after?.scan_count).toBe(1)
  })

  test("a stamp code that does not exist is a 404 that says the goods may be fake", async ({ page }) => {
    const code = `ZZ${Date.now().toString(36).toUpperCase()}XXXXXXXX`.slice(0, 16)
    const [existing] = await query(`select 1 from stamp where code = $1`, [code])
    expect(existing).toBeUndefined()

    const response = await page.goto(`/trace/${code}`)
    expect(response?.status()).toBe(404)
    await expect(page.getByTestId("trace-verdict")).toHaveAttribute("data-verdict", "unknown")
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Mã tem không tồn tại")
    await expect(page.getByTestId("trace-code")).toHaveText(code)
  })

  test("an old province's page lists the products of the province it now belongs to", async ({ page }) => {
    const response = await page.goto("/tinh-thanh/bac-lieu")
    expect(response?.status()).toBe(200)
    await expect(page.getByTestId("province-merged-notice")).toContainText("Bạc Liêu nay thuộc Cà Mau")

    const provinces = page.getByTestId("product-card").getByTestId("product-card-province")
    await expect(provinces.first()).toBeVisible()
    const names = await provinces.allInnerTexts()
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) expect(name.trim()).toBe("Cà Mau")
  })
})
