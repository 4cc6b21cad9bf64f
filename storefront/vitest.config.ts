import { defineConfig } from "vitest/config";

// Unit tests for pure helpers. The React Router Vite plugin is deliberately
// not loaded here: it is for the app build, not for tests.
export default defineConfig({
  test: {
    include: ["app/**/*.test.{ts,tsx}"],
    environment: "node",
    server: {
      deps: {
        // Load the SDK as plain Node ESM (its published source maps point to
        // files that are not shipped, which vite would warn about).
        external: [/@medusajs\//],
      },
    },
  },
});
