import { describe, expect, it } from "vitest";
import { fairFiltersToBackendQuery, hasFairFilters, parseFairFilters } from "./fair-filters";

const parse = (query: string) => parseFairFilters(new URLSearchParams(query));

describe("fair filters", () => {
  it("read the group and the star levels, highest first", () => {
    expect(parse("group=tra-che&stars=4&stars=5")).toEqual({ group: "tra-che", stars: [5, 4] });
    expect(parse("stars=3,5")).toEqual({ group: null, stars: [5, 3] });
  });

  it("drop what is not valid", () => {
    expect(parse("group=<script>&stars=7&stars=abc")).toEqual({ group: null, stars: [] });
    expect(parse("group=")).toEqual({ group: null, stars: [] });
  });

  it("become the backend's query (stars=5,4)", () => {
    expect(fairFiltersToBackendQuery({ group: "tra-che", stars: [5, 4] })).toEqual({ group: "tra-che", stars: "5,4" });
    expect(fairFiltersToBackendQuery({ group: null, stars: [] })).toEqual({ group: undefined, stars: undefined });
  });

  it("know whether anything is filtered", () => {
    expect(hasFairFilters(parse(""))).toBe(false);
    expect(hasFairFilters(parse("stars=5"))).toBe(true);
  });
});
