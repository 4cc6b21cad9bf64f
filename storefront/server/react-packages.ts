import { fileURLToPath } from "node:url";

/**
 * Packages that import React or React Router. The server build bundles them
 * (vite.config.ts, ssr.noExternal) instead of loading them from node_modules at
 * run time: npm hoists them to the top of the monorepo's node_modules, where
 * `react` is the backend admin's React 18, so loaded from there they would
 * render with a second React next to this workspace's React 19 and fail.
 * Bundled, their `react` is resolved from here. server/react-packages.test.ts
 * checks that no such package of the storefront is missing from the list.
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
