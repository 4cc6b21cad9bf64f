import Medusa from "@medusajs/js-sdk"

// The dashboard is served by the backend itself, so the API is on the same origin.
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
