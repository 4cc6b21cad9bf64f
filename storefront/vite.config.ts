import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [tailwindcss(), reactRouter()],
  build: isSsrBuild
    ? {}
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
