// What an analysis turns into for the editor: the annotations payload (whole, or as a delta from
// the version the client holds) and the semantic tokens table. Made where the analysis runs (the
// worker), from the previous version's products where there is one, so that after an edit only
// what changed is built, and only that crosses to the protocol thread and the client.
import { forgetLastEdit } from '../analysis/blocks';
import type { Annotations } from '../analysis/types';
import type { AnnotationsDeltaNotification, AnnotationsNotification } from '../protocol';
import { buildModel, diffModel, payloadLists, type Model } from './annotationModel';
import { changeWindow, LineIndex } from './lineIndex';
import { buildTokens, updateTokens } from './tokenTable';
import { packTokens, type KeptTokens } from './packedTokens';

type Lists = Pick<AnnotationsNotification.Params, 'quotes' | 'claims' | 'entities' | 'counts'>;

/** Plain data (it crosses threads by structured clone; `tokens` is moved). */
export interface Products {
  readonly version: number;
  readonly annotations:
    | ({ readonly kind: 'full' } & Lists)
    | ({ readonly kind: 'delta' } & Omit<AnnotationsDeltaNotification.Params, 'uri' | 'version'>);
  /** The semantic tokens, five numbers a token (tokenTable.ts). */
  readonly tokens: Int32Array;
}

/** Products as the protocol thread keeps them until the editor asks (packedTokens.ts). */
export interface KeptProducts {
  readonly version: number;
  readonly annotations: Products['annotations'];
  readonly tokens: KeptTokens;
}

/**
 * `p` to keep, its tokens packed unless `edited` (made from an earlier version's products): the
 * table then stays a plain copy, as cheap to make as to move.
 */
export function toKept(p: Products, edited: boolean): KeptProducts {
  return { version: p.version, annotations: p.annotations, tokens: edited ? p.tokens.slice() : packTokens(p.tokens) };
}

/**
 * A version's products, kept to make the next ones from. The model holds the analysis's own
 * entries (which the caller keeps anyway, the worker's last results) and the quotes' colours:
 * a few kB, not the payload's lists (objects, ~1 MB a 200 KB article).
 */
interface Snapshot {
  readonly version: number;
  readonly lines: LineIndex;
  readonly tokens: Int32Array;
  readonly model: Model;
}

/** The products of one version, made from scratch. */
export function fullProducts(version: number, text: string, a: Annotations): Products {
  const lines = new LineIndex(text);
  return { version, annotations: full(lines, buildModel(a)), tokens: buildTokens(lines, a) };
}

/** The notification a payload is sent as. */
export type Notification =
  | { readonly method: typeof AnnotationsNotification.method; readonly params: AnnotationsNotification.Params }
  | { readonly method: typeof AnnotationsDeltaNotification.method; readonly params: AnnotationsDeltaNotification.Params };

export function notification(uri: string, version: number, payload: Products['annotations']): Notification {
  if (payload.kind === 'delta') {
    const { baseVersion, quotes, claims, entities, entityRanges, lineShift, renumber, recolor, counts } = payload;
    return {
      method: 'newsAnnotator/annotationsDelta',
      params: { uri, version, baseVersion, quotes, claims, entities, ...(entityRanges ? { entityRanges } : {}), ...(lineShift ? { lineShift } : {}), ...(renumber ? { renumber } : {}), ...(recolor ? { recolor } : {}), counts },
    };
  }
  const { quotes, claims, entities, counts } = payload;
  return { method: 'newsAnnotator/annotations', params: { uri, version, quotes, claims, entities, counts } };
}

const full = (lines: LineIndex, m: Model): Products['annotations'] => ({ kind: 'full', ...payloadLists(lines, m), counts: m.counts });

/**
 * The last products of the documents edited most recently, to make the next ones from. A
 * document keeps at most two versions: the one the client holds (the base of the next delta) and
 * the newest (what the next edit is nearest to).
 */
export class ProductsCache {
  readonly #keep: number;
  // By document, in order of last use (a Map iterates in insertion order).
  readonly #docs = new Map<string, Snapshot[]>();

  /** `keep`: how many documents keep their last products. */
  constructor(keep: number) {
    this.#keep = keep;
  }

  /**
   * The products of `a` (the analysis of `text`, version `version`); the payload is a delta when
   * the products of `base` (the version the client holds) are still here and the delta is smaller.
   */
  products(uri: string, version: number, text: string, a: Annotations, base?: number): Products {
    const held = this.#docs.get(uri) ?? [];
    this.#docs.delete(uri);
    const fromBase = held.find((s) => s.version === base);
    const last = fromBase ?? held[held.length - 1];
    let snapshot: Snapshot;
    let annotations: Products['annotations'];
    if (!last) {
      const lines = new LineIndex(text);
      const model = buildModel(a);
      snapshot = { version, lines, model, tokens: buildTokens(lines, a) };
      annotations = full(lines, model);
    } else {
      const w = changeWindow(last.lines, text);
      const lines = last.lines.next(text, w);
      const { delta, model, changed } = diffModel(last.model, w, lines, a);
      snapshot = { version, lines, model, tokens: updateTokens(last.tokens, w, lines, a, changed) };
      const total = model.quoteSources.length + model.claimSources.length + model.entitySources.length;
      annotations = fromBase && delta.size * 2 <= total
        ? {
            kind: 'delta', baseVersion: fromBase.version, quotes: delta.quotes, claims: delta.claims, entities: delta.entities,
            ...(delta.entityRanges ? { entityRanges: delta.entityRanges } : {}),
            ...(delta.lineShift ? { lineShift: delta.lineShift } : {}), ...(delta.renumber ? { renumber: delta.renumber } : {}),
            ...(delta.recolor ? { recolor: delta.recolor } : {}), counts: model.counts,
          }
        : full(lines, model);
    }
    this.#docs.set(uri, fromBase && fromBase !== snapshot ? [fromBase, snapshot] : [snapshot]);
    for (const old of this.#docs.keys()) {
      if (this.#docs.size <= this.#keep) break;
      this.#docs.delete(old);
    }
    return { version, annotations, tokens: snapshot.tokens };
  }

  /** Whether the next products of `uri` are made from earlier ones (it is being edited). */
  holds(uri: string): boolean {
    return this.#docs.has(uri);
  }

  forget(uri: string): void {
    this.#docs.delete(uri);
    forgetLastEdit();
  }
}
