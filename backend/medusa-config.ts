import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { redisModules } from "./src/config/redis-modules"
import { requiredSecret } from "./src/config/secrets"
import { paymentProviders } from "./src/config/payments"
import { TEXT_SEARCH_LANGUAGE } from "./src/modules/search-vietnamese/text-search"
import { INDEXED_SORTS } from "./src/lib/ocop-search/sort-orders"
import { MEILISEARCH_PROVIDER_IDENTIFIER, meilisearchProvider } from "./src/modules/meilisearch-search/config"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL
const caching = process.env.MEDUSA_FF_CACHING !== "false"
const inMemoryCaching = { key: Modules.CACHING, resolve: "@medusajs/medusa/caching", options: { in_memory: { enable: true } } }
// Meilisearch serves search when MEILISEARCH_HOST is set; PostgreSQL stays registered so the module can retire its index.
const meilisearch = meilisearchProvider()
const backendPort = process.env.PORT ?? "9000"
const storefrontUrl = process.env.STOREFRONT_URL ?? "http://localhost:3000"
const backendUrl = process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${backendPort}`

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    // The session store follows Redis when it is there, so several servers share logins.
    redisUrl,
    workerMode: process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server" | undefined,
    http: {
      storeCors: process.env.STORE_CORS ?? storefrontUrl,
      adminCors: process.env.ADMIN_CORS ?? backendUrl,
      authCors: process.env.AUTH_CORS ?? `${backendUrl},${storefrontUrl}`,
      jwtSecret: requiredSecret("JWT_SECRET"),
      cookieSecret: requiredSecret("COOKIE_SECRET"),
    },
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
    backendUrl,
  },
  // Medusa's Caching Module (behind this flag) keeps what store requests read again and again, such as the
  // publishable key and product lists: in this process's memory, or in Redis when REDIS_URL is set.
  // MEDUSA_FF_CACHING=false turns it off (the benchmark's uncached run).
  featureFlags: { caching: caching },
  modules: [
    { resolve: "./src/modules/geo" },
    { resolve: "./src/modules/producer" },
    { resolve: "./src/modules/officer" },
    { resolve: "./src/modules/ocop" },
    { resolve: "./src/modules/trace" },
    { resolve: "./src/modules/fair" },
    // Creates the Vietnamese text search configuration the search provider below uses.
    { resolve: "./src/modules/search-vietnamese" },
    {
      // Product search (src/search/product.ts): PostgreSQL full-text search by default, no extra service.
      resolve: "@medusajs/medusa/search",
      options: {
        default_provider: meilisearch ? MEILISEARCH_PROVIDER_IDENTIFIER : "search-postgres",
        providers: [
          {
            // Medusa's provider, telling cached search answers when the index changes.
            resolve: "./src/modules/search-postgres",
            id: "postgres",
            // `medusa_search_vietnamese`: unaccent over `simple`, no English stemming; the
            // orders kept sorted in the index (popular products).
            options: { engine: "native", language: TEXT_SEARCH_LANGUAGE, sort_indexes: INDEXED_SORTS },
          },
          ...(meilisearch ? [meilisearch] : []),
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        // Files live in backend/static, which the server serves at /static.
        providers: [
          { resolve: "@medusajs/medusa/file-local", id: "local", options: { backend_url: `${backendUrl}/static` } },
        ],
      },
    },
    // Cash on delivery and bank transfer always; Stripe cards with STRIPE_API_KEY.
    { resolve: "@medusajs/medusa/payment", options: { providers: paymentProviders() } },
    {
      // Manual for anything Medusa creates itself; each producer's parcels are priced by ocop_delivery.
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          { resolve: "./src/modules/delivery", id: "delivery" },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        // Messages are written to the log until a real provider (e-mail, Zalo) is configured.
        providers: [
          { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } },
        ],
      },
    },
    ...(redisUrl ? redisModules(redisUrl, { caching }) : caching ? [inMemoryCaching] : []),
  ],
})

