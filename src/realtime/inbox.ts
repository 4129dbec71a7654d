/** Thrown by Inbox.take once more items arrived than the inbox holds. */
export class InboxOverflow extends Error {
  constructor(readonly capacity: number) {
    super(`more than ${capacity} events waiting`);
  }
}

/**
 * A bounded queue between a push source (pub/sub) and one pulling consumer.
 * It never grows past its capacity: one item more and the consumer's next
 * take() throws InboxOverflow, so a stalled client cannot exhaust memory.
 */
export class Inbox<T> {
  // Slots before head are spent (undefined).
  private items: (T | undefined)[] = [];
  private head = 0;
  private wake: (() => void) | undefined;
  private state: 'open' | 'ended' | 'failed' = 'open';
  private failure: Error | undefined;

  constructor(readonly capacity: number) {}

  push(item: T): void {
    if (this.state !== 'open') return;
    if (this.items.length - this.head >= this.capacity) this.fail(new InboxOverflow(this.capacity));
    else this.items.push(item);
    this.wakeUp();
  }

  /** Ends the queue: a pending or later take() returns undefined once the queue is empty. */
  end(): void {
    if (this.state === 'open') this.state = 'ended';
    this.wakeUp();
  }

  /** Drops what waits: the next take() throws the error. */
  fail(error: Error): void {
    if (this.state !== 'open') return;
    this.state = 'failed';
    this.failure = error;
    this.items = [];
    this.head = 0;
    this.wakeUp();
  }

  /**
   * The next item; undefined once ended and empty. Not an async function: an
   * idle consumer waits in one promise, not in a suspended function as well.
   * Once woken it looks again, so an item followed at once by a failure (the
   * subscriber losing its access in the same change) is never delivered.
   */
  take(): Promise<T | undefined> {
    if (this.state === 'failed') return Promise.reject(this.failure);
    if (this.head < this.items.length) return Promise.resolve(this.shift());
    if (this.state === 'ended') return Promise.resolve(undefined);
    return new Promise<void>((resolve) => (this.wake = resolve)).then(() => this.take());
  }

  private shift(): T {
    const item = this.items[this.head]!;
    // Let go of it: an idle subscriber's queue must not keep the events it was handed.
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      // Compact now and then instead of shifting the array on every take.
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
