// What `use-sync-external-store/shim` gives React 18 and later: React's own hook (server/react-packages.ts).
export { useSyncExternalStore } from "react";
