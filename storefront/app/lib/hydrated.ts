import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server render and while hydrating, true once React runs in
 * the browser (and straight away for components mounted later). Lets a page
 * show its no-JavaScript controls (an "Apply" button) only when they are needed.
 * Hydration comes after the page has loaded, when a shopper may be tapping:
 * a control taken away then must not move what is below it (use <noscript>
 * for those, as the search page's sort does).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
