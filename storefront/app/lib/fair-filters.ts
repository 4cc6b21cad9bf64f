/**
 * The fair page's product filters ⇄ URL: `?group=tra-che&stars=5&stars=4`
 * (a plain GET form, so it works without JavaScript). Invalid values are dropped.
 */
import { isOcopStars, OCOP_STAR_LEVELS, type OcopStars } from "./ocop";

export const FAIR_GROUP_PARAM = "group";
export const FAIR_STARS_PARAM = "stars";

export interface FairFilters {
  group: string | null;
  /** Highest first. */
  stars: OcopStars[];
}

const HANDLE = /^[a-z0-9][a-z0-9-]{0,99}$/;

export function parseFairFilters(params: URLSearchParams): FairFilters {
  const group = params.get(FAIR_GROUP_PARAM)?.trim().toLowerCase() ?? "";
  const wanted = new Set(
    params
      .getAll(FAIR_STARS_PARAM)
      .flatMap((value) => value.split(","))
      .map((value) => Number(value.trim())),
  );
  return {
    group: HANDLE.test(group) ? group : null,
    stars: OCOP_STAR_LEVELS.filter((level) => wanted.has(level) && isOcopStars(level)),
  };
}

/** The backend's query: `{ group, stars: "5,4" }`, empty values left out. */
export function fairFiltersToBackendQuery(filters: FairFilters): Record<string, string | undefined> {
  return {
    group: filters.group ?? undefined,
    stars: filters.stars.length ? filters.stars.join(",") : undefined,
  };
}

export function hasFairFilters(filters: FairFilters): boolean {
  return filters.group !== null || filters.stars.length > 0;
}
