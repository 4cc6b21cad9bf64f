import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";
import { REACT_ALIASES, REACT_PACKAGES } from "./server/react-packages.ts";

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [tailwindcss(), reactRouter()],
  // The server build is server/app.ts (React Router's Express handler) with the pages, and carries the
  // packages that use React (server/react-packages.ts), so one React 19 renders them all.
  ssr: { noExternal: REACT_PACKAGES },
  resolve: { alias: REACT_ALIASES },
  build: isSsrBuild
    ? { rolldownOptions: { input: "./server/app.ts" } }
    : {
        rolldownOptions: {
          output: {
            // A page's JavaScript in a few files, not twenty: on a phone network every request delays
            // the first paint and the pictures (Lighthouse mobile). Stripe stays apart (checkout only).
            codeSplitting: {
              groups: [
                { name: "vendor", test: /node_modules[\\/](?!@stripe)/ },
                { name: "shared", test: /[\\/]app[\\/](components|lib|i18n)[\\/]/, minShareCount: 2 },
              ],
            },
          },
        },
      },
}));
