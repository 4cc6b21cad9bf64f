import { expect, test, type ConsoleMessage, type Page } from "@playwright/test"

/** Everything the browser reports about the Content-Security-Policy, from the console and from the page's own event. */
async function watchCsp(page: Page) {
  const problems: string[] = []
  page.on("console", (message: ConsoleMessage) => {
    const text = message.text()
    if (/Content Security Policy|Content-Security-Policy|Refused to (load|execute|apply|connect|frame)/i.test(text)) problems.push(text)
  })
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`))
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI}`)
    })
  })
  return problems
}

test.describe("security headers", () => {
  test("the home page carries them, and still hydrates without a CSP violation", async ({ page }) => {
    const problems = await watchCsp(page)
    const response = await page.goto("/")
    expect(response?.status()).toBe(200)
    const headers = response!.headers()

    const csp = headers["content-security-policy"]
    expect(csp).toBeTruthy()
    const nonce = csp.match(/'nonce-([^']+)'/)?.[1]
    expect(nonce, "script-src carries a nonce").toBeTruthy()
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("https://js.stripe.com")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    expect(headers["x-content-type-options"]).toBe("nosniff")
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin")
    expect(headers["x-frame-options"]).toBe("DENY")
    expect(headers["permissions-policy"]).toContain("camera=()")
    // npm start runs the storefront with NODE_ENV=production.
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/)

    // Every inline script of the page carries this response's nonce (the browser hides its value from the DOM).
    const body = await response!.text()
    const inline = [...body.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1])
    expect(inline.length).toBeGreaterThan(0)
    for (const attributes of inline) {
      if (/type="application\/(ld\+)?json"/.test(attributes)) continue
      expect(attributes).toContain(`nonce="${nonce}"`)
    }

    // Product pictures (the backend's files, served on this origin under /static/; a listing made by another journey may have none: take the first picture).
    const picture = page.getByTestId("product-card").locator("img").first()
    await expect(picture).toBeVisible()
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)

    // Hydrated (the page's JavaScript starts after load): following a link is then a client-side navigation
    // (the page's own state survives it).
    await expect(page.locator("html")).toHaveAttribute("data-hydrated", "")
    await page.evaluate(() => ((window as any).__ocopSamePage = true))
    await page.getByTestId("product-card").first().getByRole("link").first().click()
    await expect(page).toHaveURL(/\/san-pham\//)
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
    expect(await page.evaluate(() => (window as any).__ocopSamePage)).toBe(true)

    expect(problems).toEqual([])
  })
})
