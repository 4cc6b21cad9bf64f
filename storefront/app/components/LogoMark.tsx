/**
 * The site's mark (the same drawing as public/favicon.svg), drawn in the page:
 * as an <img> it was one more request competing with the first paint on a phone.
 */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 64 64" width={32} height={32} className={className} aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="#2f6326" />
      <path d="M32 12c11 6 16 15 14 26-1 8-7 13-14 14-7-1-13-6-14-14-2-11 3-20 14-26z" fill="#93c97f" />
      <path d="M32 18v32" stroke="#1f3d1b" strokeWidth="3" strokeLinecap="round" />
      <path d="M32 30l-7-6M32 38l8-7M32 45l-6-4" stroke="#1f3d1b" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}
