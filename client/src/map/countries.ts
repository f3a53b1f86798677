// Country names and ISO codes → the ISO 3166-1 numeric codes that world-atlas uses as feature
// ids, so that claimant countries can be outlined on the map. i18n-iso-countries holds the
// tables (with the common English short forms: "Russia", "United States", "UK").
import countries from 'i18n-iso-countries/index';
import english from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(english);

/** The world-atlas feature id (zero-padded numeric code) of an ISO alpha-2 code, or null. */
export function numericCodeOfAlpha2(alpha2: string): string | null {
  return countries.alpha2ToNumeric(alpha2.toUpperCase()) ?? null;
}

/** The world-atlas feature id of a country named in English ("Russia", "the United States"), or null. */
export function numericCodeOfName(name: string): string | null {
  const trimmed = name.trim().replace(/^the\s+/i, '');
  if (trimmed.length === 0 || trimmed.length > 80) return null;
  const alpha2 = countries.getAlpha2Code(trimmed, 'en');
  return alpha2 ? numericCodeOfAlpha2(alpha2) : null;
}
