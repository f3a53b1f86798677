import type { ProseDocument } from './document';
import type { Gazetteer } from './gazetteer';
import type { Claim, Entity, Quote } from './types';

// TODO(claims helper)
export function findClaims(_doc: ProseDocument, _entities: readonly Entity[], _quotes: readonly Quote[], _gazetteer: Gazetteer): Claim[] {
  return [];
}
