import { plainTextBlocks } from './blocks';
import { throwIfCancelled } from './cancellation';
import { findClaims } from './claims';
import type { ProseDocument } from './document';
import { findEntities } from './entities';
import { withoutFarTowns } from './farPlaces';
import type { Gazetteer } from './gazetteer';
import type { BlockCache } from './incremental';
import { markdownDocument } from './markdown';
import { MentionIndex } from './mentionIndex';
import { findQuotes } from './quoteBlocks';
import type { Annotations, CancellationToken } from './types';

export interface PipelineContext {
  readonly gazetteer: Gazetteer;
  readonly markdown: boolean;
  /** Per-block results of this analysis, seeded with the previous analysis's when there is one. */
  readonly cache?: BlockCache;
}

/** text → blocks/sentences → entities → quotes (+ speakers) → claims, one way. */
export function analyzeDocument(text: string, context: PipelineContext, token: CancellationToken): Annotations {
  const read = context.markdown ? markdownDocument(text) : { text, prose: text, blocks: plainTextBlocks(text, context.cache) };
  const doc: ProseDocument = context.cache ? { ...read, cache: context.cache } : read;
  throwIfCancelled(token);
  const found = findEntities(doc, context.gazetteer, token);
  const entities = withoutFarTowns(found, text);
  throwIfCancelled(token);
  const quotes = findQuotes(doc, entities);
  throwIfCancelled(token);
  const claims = findClaims(doc, entities, quotes, context.gazetteer);
  // the stages shared one index of the entities' mentions: the annotations do not keep it
  MentionIndex.forget(entities);
  MentionIndex.forget(found);
  return { blocks: doc.blocks, entities, quotes, claims };
}
