/** A small map-pin glyph (decorative: hidden from screen readers). */
export function PinIcon({ className = "" }: { className?: string }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 20 20"
      width="14"
      height="14"
      fill="currentColor"
      className={`inline-block shrink-0 align-[-2px] ${className}`}
    >
      <path d="M10 1.5a6 6 0 0 0-6 6c0 4.3 5.1 10.3 5.4 10.6a.8.8 0 0 0 1.2 0c.3-.3 5.4-6.3 5.4-10.6a6 6 0 0 0-6-6Zm0 8.3a2.3 2.3 0 1 1 0-4.6 2.3 2.3 0 0 1 0 4.6Z" />
    </svg>
  );
}
