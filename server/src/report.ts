import type { AnnotationsJson } from './analysis/serialize';

/** The `text` format: a short report a person reads in a terminal. */
export function formatReport(a: AnnotationsJson, text: string): string {
  const lineOf = lineIndex(text);
  const out: string[] = [`== ${a.file}`];
  out.push(`Quotes (${a.quotes.length})`);
  for (const q of a.quotes) {
    const who = q.speaker ?? 'unattributed';
    out.push(`  ${lineOf(q.start)}: [${q.kind}] ${who}${q.cue ? ` (${q.cue})` : ''}: ${ellipsis(q.text, 90)}`);
  }
  const people = a.entities.filter((e) => e.type !== 'date');
  out.push(`Entities (${people.length})`);
  for (const e of people) {
    const extra = [e.roles.join('; '), e.aliases.length ? `also ${e.aliases.join(', ')}` : '', geoLabel(e.geo)].filter(Boolean).join(' · ');
    out.push(`  ${e.type.padEnd(12)} ${e.name} ×${e.mentions.length}${extra ? ` — ${extra}` : ''}`);
  }
  out.push(`Claims (${a.claims.length})`);
  for (const c of a.claims) {
    const extent = c.extent ? ` (${c.extent})` : '';
    out.push(`  ${lineOf(c.start)}: ${c.claimant ?? '?'} — ${c.type}${extent} — ${c.territories.join(', ') || '(unnamed territories)'}`);
  }
  return `${out.join('\n')}\n\n`;
}

function ellipsis(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

function geoLabel(geo: object | undefined): string {
  if (!geo) return '';
  const g = geo as { kind?: string; country?: string };
  return [g.kind, g.country].filter(Boolean).join(', ');
}

/** Offset → "line N" (1-based), by binary search over line starts. */
function lineIndex(text: string): (offset: number) => string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `line ${lo + 1}`;
  };
}
