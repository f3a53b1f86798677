import cues from './data/cues.json';

/** What a word form tells about reported speech. */
export interface CueWord {
  readonly lemma: string;
  /** Takes the reported content as a clause ("said that …", "“…,” he said"). */
  readonly clause: boolean;
  /** Frames quoted words in its sentence ("called it “…”"). */
  readonly evaluative: boolean;
  /** Names a listener before the content ("told reporters that …"). */
  readonly object: boolean;
  /** Particles that may follow it ("pointed out"); required when needsParticle. */
  readonly particles: readonly string[];
  readonly needsParticle: boolean;
  /** Particles that make it another verb, no verb of saying ("swore in a governor", "called off the talks"). */
  readonly otherSenses: readonly string[];
  /** Takes its content as a noun phrase or an infinitive ("stressed her support for …", "urged Congress to …"). */
  readonly complement: boolean;
  /** Also a common noun (plans, questions, support): needs a plain subject right before it. */
  readonly homograph: boolean;
  /** The -ing form: a participle, which rarely has its own subject in news prose. */
  readonly participle: boolean;
  /** An adjective of belief or feeling ("is convinced that …", "is critical of …"): a cue only before "that" or its preposition. */
  readonly adjective: boolean;
  /** Prepositions that open the content after the verb's object ("accused him of …"). */
  readonly objectPrepositions: readonly string[];
  // What the frame rules ask of the lemma, by the lists that name it: asked of every cue met,
  // so answered once here rather than by a look-up each time.
  /** Depicts only with "as" ("cast himself as a champion"): frameWords.asVerbs. */
  readonly onlyWithAs: boolean;
  /** Names ("a group called Lashkar"): frameWords.namingVerbs. */
  readonly naming: boolean;
  /** Reports its whole clause as a passive before an infinitive ("is expected to …"): raisingPassives. */
  readonly raising: boolean;
  /** Takes a wh-clause ("asked whether …"): whVerbs. */
  readonly takesWh: boolean;
}

const AS_VERBS: ReadonlySet<string> = new Set(cues.frameWords.asVerbs);
const NAMING_VERBS: ReadonlySet<string> = new Set(cues.frameWords.namingVerbs);
const RAISING_LEMMAS: ReadonlySet<string> = new Set(cues.raisingPassives.map((w) => w.toLowerCase()));
const WH_LEMMAS: ReadonlySet<string> = new Set(cues.whVerbs.map((w) => w.toLowerCase()));

const irregular: Record<string, readonly string[]> = cues.irregular;
const particles: Record<string, readonly string[]> = cues.particles;
const objectPrepositions: Record<string, readonly string[]> = cues.objectPrepositions;
const otherSenses: Record<string, readonly string[]> = cues.otherSenseParticles;
const NO_WORDS: readonly string[] = Object.freeze([]);

/** Regular English inflections of a verb lemma: -s, -ed, -ing, with the usual spelling changes. */
export function inflect(lemma: string): string[] {
  if (irregular[lemma]) return [...irregular[lemma]];
  const forms = [lemma];
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) forms.push(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) forms.push(`${lemma.slice(0, -1)}ies`);
  else forms.push(`${lemma}s`);
  if (lemma.endsWith('e')) forms.push(`${lemma}d`, `${lemma.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(lemma)) forms.push(`${lemma.slice(0, -1)}ied`, `${lemma}ing`);
  else forms.push(`${lemma}ed`, `${lemma}ing`);
  return forms;
}

function buildCueWords(): Map<string, CueWord> {
  const clause = new Set(cues.clauseVerbs);
  const evaluative = new Set(cues.evaluativeVerbs);
  const object = new Set(cues.objectVerbs);
  const needs = new Set(cues.needsParticle);
  // verbs of stance take a noun phrase too ("denounced the annexation"), except those of perception
  const complement = new Set([...cues.complementVerbs, ...cues.evaluativeVerbs.filter((v) => !cues.perceptionVerbs.includes(v))]);
  const homographs = new Set(cues.nounHomographs);
  const map = new Map<string, CueWord>();
  for (const lemma of new Set([...clause, ...evaluative, ...complement])) {
    for (const form of inflect(lemma)) {
      if (map.has(form)) continue;
      map.set(form, {
        lemma,
        clause: clause.has(lemma),
        evaluative: evaluative.has(lemma),
        object: object.has(lemma),
        particles: particles[lemma] ?? [],
        needsParticle: needs.has(lemma),
        otherSenses: otherSenses[lemma] ?? NO_WORDS,
        complement: complement.has(lemma),
        homograph: homographs.has(lemma) && !/(?:ed|ing)$/.test(form) && !(irregular[lemma] ?? []).slice(2).includes(form),
        participle: form.endsWith('ing') && !lemma.endsWith('ing'),
        adjective: false,
        objectPrepositions: objectPrepositions[lemma] ?? [],
        onlyWithAs: AS_VERBS.has(lemma),
        naming: NAMING_VERBS.has(lemma),
        raising: RAISING_LEMMAS.has(lemma),
        takesWh: WH_LEMMAS.has(lemma),
      });
    }
  }
  for (const [adjective, cue] of ADJECTIVE_CUES) if (!map.has(adjective)) map.set(adjective, cue);
  return map;
}

/** Adjectives of belief and feeling, also those spelled like a verb's participle ("worried", "convinced"). */
export const ADJECTIVE_CUES: ReadonlyMap<string, CueWord> = (() => {
  const adjectivePrepositions: Record<string, readonly string[]> = cues.adjectivePrepositions;
  const map = new Map<string, CueWord>();
  for (const adjective of new Set([...cues.adjectiveCues, ...Object.keys(adjectivePrepositions)])) {
    const prepositions = adjectivePrepositions[adjective] ?? [];
    map.set(adjective, { lemma: adjective, clause: cues.adjectiveCues.includes(adjective), evaluative: false, object: false, particles: prepositions, needsParticle: false, otherSenses: NO_WORDS, complement: prepositions.length > 0, homograph: false, participle: false, adjective: true, objectPrepositions: [], onlyWithAs: AS_VERBS.has(adjective), naming: NAMING_VERBS.has(adjective), raising: RAISING_LEMMAS.has(adjective), takesWh: WH_LEMMAS.has(adjective) });
  }
  return map;
})();

export const CUE_WORDS: ReadonlyMap<string, CueWord> = buildCueWords();


/** Multi-word cues, lower case, split into words: ["according", "to"] → where the source stands. */
export const CUE_PHRASES: ReadonlyArray<{ words: readonly string[]; source: 'after' | 'frame' }> = Object.entries(cues.phrases).map(
  ([phrase, source]) => ({ words: phrase.split(' '), source: source as 'after' | 'frame' }),
);

const lowerSet = (list: readonly string[]): ReadonlySet<string> => new Set(list.map((w) => w.toLowerCase()));

export const BARE_COMPLEMENT = lowerSet(cues.bareComplement);
export const AUXILIARIES = lowerSet(cues.auxiliaries);
export const BOUNDARY_WORDS = lowerSet(cues.boundaryWords);
export const INTERJECTIONS: ReadonlyArray<readonly string[]> = cues.interjections.map((p) => p.split(' '));
/** Phrases with a verb of saying that report nothing ("Having said that, …", "That said, …"). */
export const DISCOURSE_IDIOMS: ReadonlyArray<readonly string[]> = cues.discourseIdioms.map((p) => p.split(' '));
export const APPOSITION_STARTERS = lowerSet(cues.appositionStarters);
export const DETERMINERS = lowerSet(cues.determiners);
export const ADJUNCTS = lowerSet(cues.adjuncts);
export const PRONOUNS: ReadonlyMap<string, string> = new Map(Object.entries(cues.pronouns));
/** Titles and role words kept with a name in the text but not part of it ("Sen.", "President"). */
export const TITLES: ReadonlySet<string> = new Set(cues.titles);
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(cues.organizationWords);
export const MODALS = lowerSet(cues.modals);
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(cues.nameSuffixes);
export const NOT_NAMES: ReadonlySet<string> = new Set(cues.notNames);
/** The particles of a person's name ("van", "de la"): they join its capitalised words. */
export const NAME_PARTICLES = lowerSet(cues.nameParticles);
/** Words that join a name's capitalised words: the particles, and those of organisations' and places' names ("of", "&"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([...cues.nameConnectors, ...NAME_PARTICLES]);
export const ORGANIZATION_WORDS_LOWER = lowerSet(cues.organizationWords);
export const PERSON_ROLES = lowerSet(cues.personRoles);

/** Nouns of saying, thinking and intending, with the word that opens their content ("the claim that …", "a pledge to …"). */
export const NOUN_CUES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  for (const [lead, nouns] of Object.entries(cues.nounCues as Record<string, string[]>)) {
    for (const noun of nouns) {
      let leads = map.get(noun);
      if (!leads) map.set(noun, (leads = new Set()));
      leads.add(lead);
    }
  }
  return map;
})();

/** Small closed word classes the frame finder tests against ("that", "who", time words, listeners). */
type FrameWordClass = keyof typeof cues.frameWords;
export const FRAME_WORDS: { readonly [K in FrameWordClass]: ReadonlySet<string> } = (() => {
  const sets = {} as { [K in FrameWordClass]: ReadonlySet<string> };
  for (const key of Object.keys(cues.frameWords) as FrameWordClass[]) sets[key] = new Set(cues.frameWords[key]);
  return sets;
})();
