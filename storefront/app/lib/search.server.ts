/**
 * Product search through the backend's OCOP search API. Every call goes
 * through `withBackend`: backend down → 503. The backend's 400 (a bad
 * parameter) comes back as its Vietnamese message, so the page can say it.
 */
import { BackendNotReadyError, httpStatusOf, withBackend } from "./backend-errors.server";
import {
  EMPTY_SUGGESTIONS,
  SEARCH_PAGE_SIZE,
  searchStateToBackendQuery,
  suggestQuery,
  toSearchResult,
  toSuggestions,
  type ApiSearchResponse,
  type ApiSuggestResponse,
  type SearchResult,
  type SearchState,
  type Suggestions,
} from "./search";
import { storeGet } from "./store-api.server";

export const OCOP_SEARCH_PATH = "/store/ocop/search";
export const OCOP_SUGGEST_PATH = "/store/ocop/search/suggest";

export type SearchOutcome = { ok: true; result: SearchResult } | { ok: false; message: string };

/** The backend's message for a 400, or null for any other error. */
function badRequestMessage(error: unknown): string | null {
  if (httpStatusOf(error) !== 400 || !(error instanceof Error)) return null;
  return error.message.trim() || null;
}

/** A search route the backend does not have (yet) is a shop that is not ready, not a missing page. */
function notReady(error: unknown): never {
  throw new BackendNotReadyError(`the backend has no search API (${error instanceof Error ? error.message : String(error)})`);
}

export function searchProducts(state: SearchState, limit = SEARCH_PAGE_SIZE): Promise<SearchOutcome> {
  return withBackend(async () => {
    try {
      const response = await storeGet<ApiSearchResponse>(OCOP_SEARCH_PATH, searchStateToBackendQuery(state, limit));
      return { ok: true, result: toSearchResult(response, limit) };
    } catch (error) {
      const message = badRequestMessage(error);
      if (message !== null) return { ok: false, message };
      if (httpStatusOf(error) === 404) notReady(error);
      throw error;
    }
  });
}

/** Suggestions for what is being typed; none for a query shorter than 2 characters. */
export function suggest(raw: string): Promise<Suggestions> {
  const q = suggestQuery(raw);
  if (q === null) return Promise.resolve(EMPTY_SUGGESTIONS);
  return withBackend(async () => {
    try {
      return toSuggestions(await storeGet<ApiSuggestResponse>(OCOP_SUGGEST_PATH, { q }));
    } catch (error) {
      if (badRequestMessage(error) !== null) return EMPTY_SUGGESTIONS;
      if (httpStatusOf(error) === 404) notReady(error);
      throw error;
    }
  });
}
