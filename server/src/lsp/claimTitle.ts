import type { Claim } from '../analysis/types';

/** How a claim is named in the outline and in hovers: `Russia — sovereignty — Donetsk, Crimea`. */
export function claimTitle(c: Claim): string {
  const parts = [c.claimant ?? 'Unknown claimant', c.type];
  if (c.territories.length) parts.push(c.territories.join(', '));
  return parts.join(' — ');
}
