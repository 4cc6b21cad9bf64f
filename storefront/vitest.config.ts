import { defineConfig } from "vitest/config";
import { REACT_ALIASES, SERVER_BUNDLED } from "./server/react-packages.ts";

// Unit tests for pure helpers. The React Router Vite plugin is deliberately
// not loaded here: it is for the app build, not for tests.
export default defineConfig({
  // This workspace's React 19 for the components under test and for the packages they use, as in the
  // server build (server/react-packages.ts): loaded from node_modules, those would find React 18.
  resolve: { dedupe: ["react", "react-dom"], alias: REACT_ALIASES },
  // Their ES modules: a CommonJS build would `require` React from beside it, out of Vite's reach.
  ssr: { resolve: { conditions: ["module", "node", "development"] } },
  test: {
    include: ["{app,server}/**/*.test.{ts,tsx}"],
    environment: "node",
    server: {
      deps: {
        inline: SERVER_BUNDLED,
        // Load the SDK as plain Node ESM (its published source maps point to
        // files that are not shipped, which vite would warn about).
        external: [/@medusajs\//],
      },
    },
  },
});
