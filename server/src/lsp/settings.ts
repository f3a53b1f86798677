// Settings per resource, asked of the client once and kept until the configuration changes.
import { NewsAnnotatorSettings } from '../protocol';

export class SettingsCache {
  readonly #fetch: ((uri: string) => Promise<unknown>) | undefined;
  readonly #cache = new Map<string, Promise<NewsAnnotatorSettings>>();
  #global: NewsAnnotatorSettings = NewsAnnotatorSettings.defaults;

  /** `fetch` asks the client (workspace/configuration); without it, settings come from didChangeConfiguration. */
  constructor(fetch?: (uri: string) => Promise<unknown>) {
    this.#fetch = fetch;
  }

  get(uri: string): Promise<NewsAnnotatorSettings> {
    if (!this.#fetch) return Promise.resolve(this.#global);
    let settings = this.#cache.get(uri);
    if (!settings) {
      // A client that cannot answer still gets an analysis: with the defaults.
      settings = this.#fetch(uri).then(NewsAnnotatorSettings.from, () => NewsAnnotatorSettings.defaults);
      this.#cache.set(uri, settings);
    }
    return settings;
  }

  /** didChangeConfiguration: drop what was asked; `pushed` is the client's payload for clients that push. */
  changed(pushed?: unknown): void {
    this.#cache.clear();
    if (pushed !== undefined && pushed !== null) {
      const section = typeof pushed === 'object' && NewsAnnotatorSettings.section in pushed
        ? (pushed as Record<string, unknown>)[NewsAnnotatorSettings.section]
        : pushed;
      this.#global = NewsAnnotatorSettings.from(section);
    }
  }

  delete(uri: string): void {
    this.#cache.delete(uri);
  }
}
