/** What one item of a batch came to: its value, or the error only its own caller gets. */
export type Outcome<O> = { ok: true; value: O } | { ok: false; error: unknown };

export interface BatcherOptions<I> {
  /** At most this many items in one batch. */
  maxSize: number;
  /** Batches running at once; calls arriving while every slot is busy wait and form the next batch. */
  concurrency: number;
  /** Items with the same key never share a batch: the later ones wait for the next (two writes to one row, say). */
  distinctBy?: (item: I) => string;
}

interface Waiting<I, O> {
  item: I;
  resolve(value: O): void;
  reject(error: unknown): void;
}

/**
 * Runs calls in batches: a call waits one turn of the event loop, or until a
 * slot is free, and then runs with every call waiting beside it, so a burst
 * of N calls costs a few round trips instead of N. A call never joins a batch
 * already sent, so what a batch reads is never older than its calls.
 */
export class Batcher<I, O> {
  private waiting: Waiting<I, O>[] = [];
  private running = 0;
  private scheduled = false;

  constructor(
    private readonly run: (items: I[]) => Promise<Outcome<O>[]>,
    private readonly options: BatcherOptions<I>,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.running >= this.options.concurrency || this.waiting.length === 0) return;
    this.scheduled = true;
    // The requests that arrived together are read in this turn: let them join.
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.running < this.options.concurrency && this.waiting.length > 0) {
      const batch = this.take();
      this.running++;
      this.run(batch.map((waiting) => waiting.item))
        .then(
          (outcomes) =>
            batch.forEach((waiting, i) => {
              const outcome = outcomes[i]!;
              if (outcome.ok) waiting.resolve(outcome.value);
              else waiting.reject(outcome.error);
            }),
          (error: unknown) => {
            for (const waiting of batch) waiting.reject(error);
          },
        )
        .finally(() => {
          this.running--;
          this.schedule();
        });
    }
  }

  private take(): Waiting<I, O>[] {
    const { maxSize, distinctBy } = this.options;
    if (!distinctBy) return this.waiting.splice(0, maxSize);
    const keys = new Set<string>();
    const batch: Waiting<I, O>[] = [];
    const later: Waiting<I, O>[] = [];
    for (const waiting of this.waiting) {
      const key = distinctBy(waiting.item);
      if (batch.length < maxSize && !keys.has(key)) {
        keys.add(key);
        batch.push(waiting);
      } else later.push(waiting);
    }
    this.waiting = later;
    return batch;
  }
}
