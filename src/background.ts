/**
 * Work nobody awaits (a timer firing, a coalesced write): each failure goes
 * to onError instead of becoming an unhandled rejection, and settled() waits
 * for whatever is still running, so a stopping service finishes its work.
 */
export class BackgroundWork {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly onError: (error: unknown) => void) {}

  run(work: () => Promise<void>): void {
    const running: Promise<void> = work()
      .catch(this.onError)
      .finally(() => this.running.delete(running));
    this.running.add(running);
  }

  async settled(): Promise<void> {
    await Promise.all(this.running);
  }
}
