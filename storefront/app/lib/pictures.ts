/**
 * Product pictures are the backend's files (`<backend>/static/<file>`). The
 * storefront serves them under its own `/static/` (routes/api/picture.ts):
 * a phone then fetches the largest picture of a page over the connection it
 * already has, instead of opening one to another origin first (Lighthouse
 * mobile: the product page's largest paint 2.3 s → under 2 s).
 */
export const PICTURE_PATH = "/static/";

/** The storefront's address of a picture served by the backend at `backendOrigin`; any other URL as it is. */
export function pictureSrc(src: string, backendOrigin: string | null | undefined): string {
  if (!backendOrigin || !src.startsWith(`${backendOrigin}${PICTURE_PATH}`)) return src;
  return src.slice(backendOrigin.length);
}

/** A file name the backend's file provider writes ("1796536419031-tra-hoa-vang.svg"): no folders, no "..". */
export const isPictureName = (name: string) => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) && !name.includes("..");
