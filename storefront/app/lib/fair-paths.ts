/** URL builders for the online trade fairs (hội chợ trực tuyến), see app/routes.ts. */

export const FAIRS_PATH = "/hoi-cho";

export function fairPath(slug: string): string {
  return `${FAIRS_PATH}/${encodeURIComponent(slug)}`;
}

export function boothPath(slug: string, number: number | string): string {
  return `${fairPath(slug)}/gian-hang/${encodeURIComponent(String(number))}`;
}
