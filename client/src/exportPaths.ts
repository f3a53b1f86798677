// File names for the JSON export: the suggested target next to the article, and the temporary
// sibling it is written to before the rename that makes it appear whole.

/** `article.news` → `article.annotations.json`, `notes` → `notes.annotations.json`. */
export function defaultExportName(documentPath: string): string {
  const base = documentPath.slice(documentPath.lastIndexOf('/') + 1) || 'article';
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return `${stem}.annotations.json`;
}

/** A hidden name in the same folder as `targetName`, unique enough not to clash with a neighbour. */
export function tempName(targetName: string, random: () => number = Math.random): string {
  const tag = Math.floor(random() * 0x100000000).toString(36).padStart(7, '0');
  return `.${targetName}.${tag}.tmp`;
}
