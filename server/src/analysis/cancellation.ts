import type { CancellationToken } from './types';

export class CancelledError extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'CancelledError';
  }
}

/** Stages call this between units of work so that superseded analyses stop early. */
export function throwIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw new CancelledError();
}

/** A token that can also be listened to, so a cancellation reaches work running elsewhere (a worker) at once. */
export interface ObservableToken extends CancellationToken {
  onCancellationRequested(listener: () => void): void;
}

/** A token and the function that fires it (once; listeners added after it fired run at once). */
export function cancellationSource(): { token: ObservableToken; cancel: () => void } {
  let cancelled = false;
  const listeners: (() => void)[] = [];
  return {
    token: {
      get isCancellationRequested() {
        return cancelled;
      },
      onCancellationRequested(listener) {
        if (cancelled) listener();
        else listeners.push(listener);
      },
    },
    cancel() {
      if (cancelled) return;
      cancelled = true;
      for (const l of listeners.splice(0)) l();
    },
  };
}
