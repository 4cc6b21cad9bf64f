import { fileURLToPath } from "node:url";

/**
 * Packages that import React or React Router. The server build bundles them
 * (vite.config.ts, ssr.noExternal) instead of loading them from node_modules at
 * run time: npm hoists them to the top of the monorepo's node_modules, where
 * `react` is the backend admin's React 18, so loaded from there they would
 * render with a second React next to this workspace's React 19 and fail.
 * Bundled, their `react` is resolved from here, and so is every other package
 * they import: see NESTED_DEPENDENCIES. server/react-packages.test.ts checks
 * that no such package of the storefront is missing from either list.
 */
export const REACT_PACKAGES = [
  "react-router",
  "@react-router/express",
  "@react-router/node",
  "react-i18next",
  "remix-i18next",
  "@stripe/react-stripe-js",
];

/**
 * Dependencies of those packages that npm installed beside them, in a version
 * the storefront does not see: React Router needs cookie 1.x (its own
 * node_modules), while the top level has Express's cookie 0.7, which parses
 * some cookies differently. Bundled with them, they keep their own version.
 */
export const NESTED_DEPENDENCIES = ["cookie"];

/** What the server build carries instead of loading it from node_modules (vite.config.ts, ssr.noExternal). */
export const SERVER_BUNDLED = [...REACT_PACKAGES, ...NESTED_DEPENDENCIES];

/**
 * React 18 and 19 have useSyncExternalStore built in; its shim package (used
 * by react-i18next) is for older Reacts and requires whichever React sits next
 * to it, so imports of it get React's own hook from this workspace's React.
 */
export const REACT_ALIASES = [
  {
    find: /^use-sync-external-store\/shim$/,
    replacement: fileURLToPath(new URL("./use-sync-external-store-shim.ts", import.meta.url)),
  },
];
