import type { ProseDocument } from './document';
import type { Gazetteer } from './gazetteer';
import type { CancellationToken, Entity } from './types';

// TODO(entities helper)
export function findEntities(_doc: ProseDocument, _gazetteer: Gazetteer, _token: CancellationToken): Entity[] {
  return [];
}
