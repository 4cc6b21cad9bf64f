import { defineConfig } from "@playwright/test"

// scripts/test.mjs picks free ports and a throw-away data folder; these defaults match `npm start`.
const storefrontPort = process.env.STOREFRONT_PORT ?? "3000"
const offlinePort = process.env.OFFLINE_STOREFRONT_PORT ?? "3999"
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]

export default defineConfig({
  testDir: "./e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["json"]],
  use: {
    baseURL: `http://localhost:${storefrontPort}`,
    browserName: "chromium",
    headless: true,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
  },
  projects: [
    { name: "shop", testIgnore: /backend-down/ },
    { name: "backend-down", testMatch: /backend-down/, use: { baseURL: `http://localhost:${offlinePort}` } },
  ],
  webServer: [
    {
      // The whole stack, exactly as `npm start` runs it (embedded PostgreSQL, migrations, seed, backend, storefront).
      command: "node ../scripts/start.mjs",
      url: `http://localhost:${storefrontPort}/`,
      timeout: 600_000,
      reuseExistingServer: !process.env.CI,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGINT", timeout: 30_000 },
    },
    {
      // The same storefront build with nothing behind it: the shopper must get a friendly page.
      command: "node server.mjs",
      url: `http://localhost:${offlinePort}/favicon.ico`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { PORT: offlinePort, MEDUSA_BACKEND_URL: "http://localhost:59999", MEDUSA_PUBLISHABLE_KEY: "pk_none", NODE_ENV: "production" },
    },
  ],
})
