/** URL builders for the Vietnamese route paths (see app/routes.ts). */

export const HOME_PATH = "/";
export const LANGUAGE_SWITCH_PATH = "/doi-ngon-ngu";

export function productPath(handle: string): string {
  return `/san-pham/${encodeURIComponent(handle)}`;
}
