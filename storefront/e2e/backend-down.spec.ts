import { expect, test } from "@playwright/test"

test("a shopper gets a friendly page, not a stack trace, when the shop's backend is down", async ({ page }) => {
  const response = await page.goto("/")
  expect(response?.status()).toBe(503)
  await expect(page.locator("html")).toHaveAttribute("lang", "vi")
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  const text = await page.locator("body").innerText()
  expect(text).toMatch(/tạm|thử lại/i)
  expect(text).not.toMatch(/ECONNREFUSED|fetch failed|at .*\.js:\d+/)
})
