// Speaker colours and the claim icon, as pure functions of the configured colour strings, so the
// decoration code only turns their results into VS Code objects.

export type ThemeKind = 'light' | 'dark' | 'highContrast' | 'highContrastLight';

/** The palette slot of a quote, or undefined for a quote with no speaker (colorIndex -1). */
export function paletteSlot(colorIndex: number, paletteLength: number): number | undefined {
  if (!Number.isInteger(colorIndex) || colorIndex < 0 || paletteLength <= 0) return undefined;
  return colorIndex % paletteLength;
}

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FUNCTIONAL = /^(rgb|hsl)a?\(([^()]{1,60})\)$/i;

/**
 * The colour with its opacity scaled by `alpha` (0–1), for a background that leaves text
 * readable; undefined when the colour is not one of the forms the settings accept.
 */
export function tint(color: string, alpha: number): string | undefined {
  const c = color.trim();
  const a = clamp01(alpha);
  const hex = HEX.exec(c);
  if (hex) {
    let digits = hex[1];
    if (digits.length <= 4) digits = [...digits].map((d) => d + d).join('');
    const own = digits.length === 8 ? parseInt(digits.slice(6), 16) / 255 : 1;
    return `#${digits.slice(0, 6)}${byteHex(own * a)}`.toLowerCase();
  }
  const fn = FUNCTIONAL.exec(c);
  if (fn) {
    const parts = fn[2].split(/[\s,]+/).filter((p) => p.length > 0);
    if (parts.length !== 3 && parts.length !== 4) return undefined;
    const own = parts.length === 4 ? parseAlpha(parts[3]) : 1;
    if (own === undefined) return undefined;
    const name = fn[1].toLowerCase();
    return `${name}a(${parts.slice(0, 3).join(', ')}, ${round3(own * a)})`;
  }
  return undefined;
}

/** How strongly a speaker's colour tints the quote background in each kind of theme. */
export function tintAlpha(kind: ThemeKind): number {
  return kind === 'dark' ? 0.24 : kind === 'light' ? 0.16 : 0;
}

/** A flag icon for the gutter, as an SVG data URI filled with the given colour. */
export function claimGutterIcon(color: string): string {
  // Escape the colour for an attribute even though the settings only accept colour syntax.
  const fill = color.trim().replace(/[^#0-9a-zA-Z(),.%\s]/g, '');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">` +
    `<path d="M3 1.5v13" stroke="${fill}" stroke-width="1.5" stroke-linecap="round"/>` +
    `<path d="M3.75 2h9l-2.25 3.25 2.25 3.25h-9z" fill="${fill}"/></svg>`;
  // Base64, not percent-encoding: VS Code round-trips the URI through Uri.parse, which would
  // decode a %23 back into a '#' that CSS then reads as a fragment.
  return `data:image/svg+xml;base64,${btoa(svg)}`;
}

/** The claim colour each theme kind uses when the user sets none (matches package.json `colors`). */
export const DEFAULT_CLAIM_COLOR: Readonly<Record<ThemeKind, string>> = Object.freeze({
  light: '#c4314b',
  dark: '#f48771',
  highContrast: '#ff8c8c',
  highContrastLight: '#b5200d',
});

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 1;
}

function byteHex(a: number): string {
  return Math.round(clamp01(a) * 255).toString(16).padStart(2, '0');
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function parseAlpha(s: string): number | undefined {
  const pct = s.endsWith('%');
  const n = Number(pct ? s.slice(0, -1) : s);
  if (!Number.isFinite(n)) return undefined;
  return clamp01(pct ? n / 100 : n);
}
