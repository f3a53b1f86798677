import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Gazetteer } from '../analysis/gazetteer';

/**
 * Where the compact gazetteer lives: beside the bundle in the packaged extension
 * (dist/gazetteer.tsv), or in server/data/ when running from the compiled sources.
 */
const CANDIDATES = [join(__dirname, 'gazetteer.tsv'), join(__dirname, '..', 'data', 'gazetteer.tsv'), join(__dirname, '..', '..', 'data', 'gazetteer.tsv')];

let loaded: Gazetteer | undefined;

/** Loads the gazetteer once per process; an absent file leaves places to context alone. */
export function loadGazetteer(): Gazetteer {
  if (loaded) return loaded;
  for (const path of CANDIDATES) {
    let data: string;
    try {
      data = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    loaded = Gazetteer.parse(data);
    return loaded;
  }
  loaded = Gazetteer.empty();
  return loaded;
}

/**
 * The gazetteer file's text, read off the thread (undefined when there is none). The analysis
 * worker starts this before it loads the analysis library, so the two overlap at start-up.
 */
export async function readGazetteerText(): Promise<string | undefined> {
  for (const path of CANDIDATES) {
    try {
      // Decoded in one piece: readFile's own 'utf8' decodes chunk by chunk in JavaScript, ~3× slower.
      return (await readFile(path)).toString('utf8');
    } catch {
      continue;
    }
  }
  return undefined;
}

/** The gazetteer from text read by readGazetteerText, kept as the process's one gazetteer. */
export function gazetteerFromText(text: string | undefined): Gazetteer {
  loaded ??= text === undefined ? Gazetteer.empty() : Gazetteer.parse(text);
  return loaded;
}
