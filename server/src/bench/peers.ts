// The libraries the analysis is measured against, on the very same text in the same run:
// compromise 14 (people, places, organisations) and wink-nlp with its English lite web model
// (tokens, part of speech, its entity types). Loaded lazily and optionally: they are dev
// dependencies, and the bench still runs (without them) where they are not installed.
import { createRequire } from 'node:module';

export interface Peer {
  readonly name: string;
  /** What the peer computes in the timed run. */
  readonly work: string;
  /** Milliseconds to load the library (and its model). */
  readonly loadMs: number;
  /** Analyses `text`; returns how many things it found, so the work cannot be optimised away. */
  run(text: string): number;
}

interface CompromiseView {
  people(): CompromiseView;
  places(): CompromiseView;
  organizations(): CompromiseView;
  out(format: 'array'): string[];
}
type Compromise = (text: string) => CompromiseView;

interface WinkCollection {
  out(what?: unknown): unknown[];
}
interface WinkDoc {
  tokens(): WinkCollection;
  entities(): WinkCollection;
  sentences(): WinkCollection;
}
interface WinkNlp {
  readDoc(text: string): WinkDoc;
  its: { pos: unknown; type: unknown };
}
type WinkFactory = (model: unknown) => WinkNlp;

const load = createRequire(__filename);

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const value = f();
  return [value, performance.now() - t0];
}

/** The peers' names, in the bench's column order. */
export const PEER_NAMES = ['compromise', 'wink-nlp'] as const;

/** Loads the peers named in `only` (all by default); those not installed are listed as missing. */
export function loadPeers(only: readonly string[] = PEER_NAMES): { peers: Peer[]; missing: string[] } {
  const peers: Peer[] = [];
  const missing: string[] = [];
  for (const name of PEER_NAMES.filter((n) => only.includes(n))) {
    try {
      peers.push(LOADERS[name]());
    } catch {
      missing.push(name);
    }
  }
  return { peers, missing };
}

const LOADERS: Record<(typeof PEER_NAMES)[number], () => Peer> = {
  compromise: () => {
    const [nlp, loadMs] = timed(() => load('compromise') as Compromise);
    return {
      name: 'compromise',
      work: 'people, places, organisations',
      loadMs,
      run: (text) => {
        const doc = nlp(text);
        return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
      },
    };
  },
  'wink-nlp': () => {
    const [nlp, loadMs] = timed(() => (load('wink-nlp') as WinkFactory)(load('wink-eng-lite-web-model')));
    return {
      name: 'wink-nlp',
      work: 'tokens, POS, entities',
      loadMs,
      run: (text) => {
        const doc = nlp.readDoc(text);
        return doc.tokens().out(nlp.its.pos).length + doc.entities().out(nlp.its.type).length;
      },
    };
  },
};
