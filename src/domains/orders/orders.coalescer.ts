/**
 * Sends at most one value per key per window: the first value of a window
 * goes out at once; later ones replace a pending value that goes out when
 * the window ends (and opens the next window).
 */
export class Coalescer<T> {
  private readonly windows = new Map<string, { timer: NodeJS.Timeout; pending?: T }>();
  private readonly sending = new Set<Promise<void>>();

  constructor(
    private readonly windowMs: number,
    private readonly send: (key: string, value: T) => Promise<void>,
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
    await Promise.all(this.sending);
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
    // A failed send is replaced by the next value; left unhandled it would end the process.
    const sent: Promise<void> = this.send(key, value)
      .catch(() => {})
      .finally(() => this.sending.delete(sent));
    this.sending.add(sent);
  }
}
