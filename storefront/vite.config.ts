import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";
import { REACT_ALIASES, SERVER_BUNDLED } from "./server/react-packages.ts";

/**
 * Modules of the npm packages whose name matches `name`, except React Router's default client entry
 * (it lives in @react-router/dev): grouped with a library, the entry would carry the whole library.
 */
function library(name: RegExp) {
  return (id: string) => {
    const match = id.match(/node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/g)?.at(-1);
    if (!match || /[\\/]entry\.client\.[jt]sx?$/.test(id)) return false;
    return name.test(match.replace(/^node_modules[\\/]|[\\/]$/g, "").replace("\\", "/"));
  };
}

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [tailwindcss(), reactRouter()],
  // The server build is server/app.ts (React Router's Express handler) with the pages, and carries the
  // packages that use React (server/react-packages.ts), so one React 19 renders them all.
  ssr: { noExternal: SERVER_BUNDLED },
  resolve: { alias: REACT_ALIASES },
  build: isSsrBuild
    ? { rolldownOptions: { input: "./server/app.ts" } }
    : {
        rolldownOptions: {
          output: {
            // A page's JavaScript in a few files, not twenty (every request costs a round trip on a phone
            // network). React DOM and the router apart from the other libraries: the page evaluates each of
            // these files in a task of its own (lib/scripts-after-load.server.ts), so no one task blocks input
            // long. Stripe stays apart (checkout only).
            codeSplitting: {
              groups: [
                { name: "react-dom", test: library(/^(react-dom|scheduler)$/), priority: 3 },
                { name: "router", test: library(/^(react-router|@react-router|turbo-stream|cookie|set-cookie-parser)$/), priority: 2 },
                { name: "vendor", test: library(/^(?!@stripe\/)/), priority: 1 },
                { name: "shared", test: /[\\/]app[\\/](components|lib|i18n)[\\/]/, minShareCount: 2 },
              ],
            },
          },
        },
      },
}));
