import { TEXT_SEARCH_LANGUAGE } from "./text-search"

/** Nothing to serve at runtime; the module is here for its migration. */
class SearchVietnameseService {
  /** The `language` the PostgreSQL search provider is configured with. */
  language(): string {
    return TEXT_SEARCH_LANGUAGE
  }
}

export default SearchVietnameseService
