/**
 * Product pictures drawn here instead of downloaded: a card in the product
 * group's colours with a simple motif and the product's name. No stars and no
 * OCOP mark in the picture: those follow the certificate, and a picture cannot.
 */
type Palette = { from: string; to: string; ink: string; motif: string }

const PALETTES: Record<string, Palette> = {
  "thuc-pham": { from: "#f6e7c8", to: "#e3b873", ink: "#4a2e0e", motif: "grain" },
  "do-uong": { from: "#dcecf4", to: "#8dbad3", ink: "#0f3347", motif: "bottle" },
  "duoc-lieu": { from: "#e4f1de", to: "#98c58a", ink: "#1f4a16", motif: "leaf" },
  "thu-cong-my-nghe": { from: "#f4e1d8", to: "#cf8f73", ink: "#4d2113", motif: "vase" },
  "sinh-vat-canh": { from: "#f5e3ee", to: "#d89ab9", ink: "#4c1733", motif: "flower" },
  "du-lich": { from: "#e0eef0", to: "#86c1bd", ink: "#123f3c", motif: "mountain" },
}

const MOTIFS: Record<string, string> = {
  grain: `<g fill="currentColor" opacity=".22">${[0, 1, 2, 3, 4]
    .map((i) => `<ellipse cx="${560 + i * 34}" cy="${170 + i * 46}" rx="20" ry="38" transform="rotate(-28 ${560 + i * 34} ${170 + i * 46})"/>`)
    .join("")}<rect x="575" y="150" width="8" height="330" rx="4" transform="rotate(-28 579 315)"/></g>`,
  bottle: `<g fill="currentColor" opacity=".2"><rect x="600" y="110" width="44" height="70" rx="8"/><path d="M585 180h74c30 30 40 60 40 100v190a30 30 0 0 1-30 30h-94a30 30 0 0 1-30-30V280c0-40 10-70 40-100z"/></g>`,
  leaf: `<g fill="currentColor" opacity=".22"><path d="M520 470C520 300 620 170 760 140c10 170-70 320-240 330z"/><path d="M520 470l150-220" stroke="currentColor" stroke-width="8" fill="none"/></g>`,
  vase: `<g fill="currentColor" opacity=".2"><path d="M610 120h90v40c0 30 60 70 60 170 0 110-60 170-105 170S550 440 550 330c0-100 60-140 60-170z"/></g>`,
  flower: `<g fill="currentColor" opacity=".22">${[0, 72, 144, 216, 288]
    .map((a) => `<ellipse cx="650" cy="210" rx="34" ry="80" transform="rotate(${a} 650 290)"/>`)
    .join("")}<circle cx="650" cy="290" r="34"/></g>`,
  mountain: `<g fill="currentColor" opacity=".2"><path d="M470 480l130-220 80 120 50-70 130 170z"/><circle cx="700" cy="170" r="40"/></g>`,
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

/** Breaks a title into lines of at most `width` characters, on spaces. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1]
    if (last !== undefined && (last + " " + word).length <= width) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines
}

export function productImageSvg(input: { title: string; place: string; group: string }): string {
  const palette = PALETTES[input.group] ?? PALETTES["thuc-pham"]
  const lines = wrapWords(input.title, 16).slice(0, 4)
  const top = 560 - lines.length * 62
  const text = lines
    .map((line, i) => `<text x="64" y="${top + i * 62}" font-size="54" font-weight="700">${escapeXml(line)}</text>`)
    .join("")
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800" role="img" aria-label="${escapeXml(input.title)}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${palette.from}"/><stop offset="1" stop-color="${palette.to}"/></linearGradient></defs>
<rect width="800" height="800" fill="url(#g)"/>
<g color="${palette.ink}">${MOTIFS[palette.motif]}</g>
<g fill="${palette.ink}" font-family="'Be Vietnam Pro','Noto Sans','DejaVu Sans',Arial,sans-serif">${text}
<text x="64" y="${top + lines.length * 62 + 40}" font-size="30" opacity=".8">${escapeXml(input.place)}</text></g>
<rect x="24" y="24" width="752" height="752" rx="36" fill="none" stroke="${palette.ink}" stroke-opacity=".15" stroke-width="4"/>
</svg>`
}
