// What the language status item says about the active document.
import type { AnnotationsNotification } from '../../server/src/protocol';

export interface StatusText {
  readonly text: string;
  readonly detail: string;
  readonly severity: 'information' | 'warning';
  readonly busy: boolean;
}

export type ServerState = 'off' | 'starting' | 'running' | 'failed';

export function describeStatus(state: ServerState, params: AnnotationsNotification.Params | undefined): StatusText {
  if (state === 'off') return { text: 'Off', detail: 'newsAnnotator.enable is false', severity: 'information', busy: false };
  if (state === 'failed') return { text: 'Server stopped', detail: 'See the News Annotator output; run News Annotator: Restart Server', severity: 'warning', busy: false };
  if (!params) return { text: 'Analysing…', detail: '', severity: 'information', busy: true };
  if (params.skipped) {
    const why = params.skipped.reason === 'disabled' ? 'turned off for this file' : params.skipped.message;
    return { text: 'Not analysed', detail: why, severity: params.skipped.reason === 'disabled' ? 'information' : 'warning', busy: false };
  }
  const { quotes, people, claims } = params.counts;
  return {
    text: `${plural(quotes, 'quote', 'quotes')} · ${plural(people, 'person', 'people')} · ${plural(claims, 'claim', 'claims')}`,
    detail: 'Show claims table',
    severity: 'information',
    busy: false,
  };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
