import type { BackgroundWork } from '../../background';

/**
 * Keyed one-shot timers for work due at a given time (a typing state that
 * expires). Scheduling a key again replaces its timer; stop() cancels every
 * timer and waits for the work already running.
 */
export class DueTimers {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private stopped = false;

  constructor(private readonly work: BackgroundWork) {}

  schedule(key: string, due: Date, work: () => Promise<void>): void {
    if (this.stopped) return;
    this.cancel(key);
    const timer = setTimeout(
      () => {
        this.timers.delete(key);
        this.work.run(work);
      },
      Math.max(0, due.getTime() - Date.now()),
    );
    // A pending expiry must not keep the process alive on its own.
    this.timers.set(key, timer.unref());
  }

  cancel(key: string): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await this.work.settled();
  }
}
