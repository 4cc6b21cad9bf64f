/**
 * The PostgreSQL search provider reads `language` and searches with the text
 * search configuration `medusa_search_<language>`; it only creates
 * `medusa_search_english` itself (unaccent + English stemming). Vietnamese
 * words are single syllables that must not be stemmed, so ours is `simple`
 * (lower-casing only) behind `unaccent`: "Nước mắm", "nuoc mam" and "NƯỚC MẮM"
 * all become 'nuoc' 'mam', and "Đắk" becomes 'dak'.
 */
export const TEXT_SEARCH_LANGUAGE = "vietnamese"
export const TEXT_SEARCH_CONFIG = `medusa_search_${TEXT_SEARCH_LANGUAGE}`
