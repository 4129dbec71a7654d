import type { BackgroundWork } from '../../background';

/**
 * Sends at most one value per key per window: the first value of a window
 * goes out at once; later ones replace a pending value that goes out when
 * the window ends (and opens the next window).
 */
export class Coalescer<T> {
  private readonly windows = new Map<string, { timer: NodeJS.Timeout; pending?: T }>();

  constructor(
    private readonly windowMs: number,
    private readonly send: (key: string, value: T) => Promise<void>,
    // A failed send is reported there and replaced by the next value.
    private readonly sending: BackgroundWork,
  ) {}

  offer(key: string, value: T): void {
    const window = this.windows.get(key);
    if (window) window.pending = value;
    else this.open(key, value);
  }

  /** Clears every timer and sends the pending values now, waiting for every send. */
  async stop(): Promise<void> {
    for (const [key, window] of this.windows) {
      clearTimeout(window.timer);
      if (window.pending !== undefined) this.track(key, window.pending);
    }
    this.windows.clear();
    await this.sending.settled();
  }

  private open(key: string, value: T): void {
    this.track(key, value);
    const timer = setTimeout(() => this.close(key), this.windowMs);
    // A pending value must not keep the process alive on its own; stop() flushes it.
    timer.unref();
    this.windows.set(key, { timer });
  }

  private close(key: string): void {
    const pending = this.windows.get(key)?.pending;
    this.windows.delete(key);
    if (pending !== undefined) this.open(key, pending);
  }

  private track(key: string, value: T): void {
    this.sending.run(() => this.send(key, value));
  }
}
