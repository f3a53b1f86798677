// The claims table as a self-contained HTML page: no scripts, styles allowed only by nonce, theme
// colours through VS Code's CSS variables, and each row linking to its line through a command URI.
import type { ClaimsTableRequest } from '../../server/src/protocol';

type Row = ClaimsTableRequest.Row;

export interface ClaimsTablePage {
  readonly title: string;
  /** The document's URI as a string, passed back to the reveal command. */
  readonly uri: string;
  /** null when the server did not analyse the document. */
  readonly rows: readonly Row[] | null;
  readonly nonce: string;
  /** The command a row's link runs with [uri, start, end], the claim's UTF-16 offsets. */
  readonly revealCommand: string;
  /** A command run with [uri] that shows the claims on a map, when there is one. */
  readonly mapCommand?: string;
}

export function claimsTableHtml(page: ClaimsTablePage): string {
  const csp = `default-src 'none'; style-src 'nonce-${page.nonce}'; img-src 'none'; script-src 'none';`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style nonce="${page.nonce}">${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(page.title)}</h1>
${mapLink(page)}${body(page)}
</body>
</html>
`;
}

function body(page: ClaimsTablePage): string {
  if (page.rows === null) return '<p class="empty">This document was not analysed (too large, binary, or turned off).</p>';
  if (page.rows.length === 0) return '<p class="empty">No territorial claims found.</p>';
  const rows = page.rows.map((r) => {
    const line = r.range.start.line;
    const args = encodeURIComponent(JSON.stringify([page.uri, r.start, r.end]));
    return `<tr>
<td>${cell(r.claimant)}</td>
<td><span class="type">${escapeHtml(r.type)}</span>${r.extent ? ` <span class="extent">(${escapeHtml(r.extent)})</span>` : ''}</td>
<td>${r.territories.length ? r.territories.map(escapeHtml).join(', ') : '<span class="none">—</span>'}</td>
<td>${escapeHtml(r.sentence)}</td>
<td class="line"><a href="command:${page.revealCommand}?${escapeHtml(args)}" title="Go to line ${line + 1}">${line + 1}</a></td>
</tr>`;
  });
  return `<table>
<thead><tr><th>Claimant</th><th>Type</th><th>Territories</th><th>Sentence</th><th>Line</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

function mapLink(page: ClaimsTablePage): string {
  if (!page.mapCommand || !page.rows || page.rows.length === 0) return '';
  const args = encodeURIComponent(JSON.stringify([page.uri]));
  return `<p><a href="command:${page.mapCommand}?${escapeHtml(args)}">Show the claims on a map</a></p>\n`;
}

function cell(value: string | null): string {
  return value === null ? '<span class="none">unknown</span>' : escapeHtml(value);
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 1em; }
h1 { font-size: 1.2em; font-weight: 600; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border)); }
th { color: var(--vscode-descriptionForeground); font-weight: 600; }
tr:hover td { background: var(--vscode-list-hoverBackground); }
.type { font-weight: 600; }
.extent, .none, .empty { color: var(--vscode-descriptionForeground); }
.line { text-align: right; white-space: nowrap; }
a { color: var(--vscode-textLink-foreground); }
a:hover { color: var(--vscode-textLink-activeForeground); }
a:focus { outline: 1px solid var(--vscode-focusBorder); }
`;
