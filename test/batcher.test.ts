import { describe, expect, it } from 'vitest';
import { Batcher, type Outcome } from '../src/db/batcher';

/** A batcher whose batches are recorded and finish only when released. */
function recording(options: { maxSize?: number; concurrency?: number; distinct?: boolean } = {}) {
  const batches: string[][] = [];
  const releases: (() => void)[] = [];
  const batcher = new Batcher(
    async (items: string[]): Promise<Outcome<string>[]> => {
      batches.push(items);
      await new Promise<void>((resolve) => releases.push(resolve));
      return items.map((item) =>
        item.startsWith('bad') ? { ok: false, error: new Error(item) } : { ok: true, value: item.toUpperCase() },
      );
    },
    {
      maxSize: options.maxSize ?? 100,
      concurrency: options.concurrency ?? 1,
      distinctBy: options.distinct ? (item) => item.split(':')[0]! : undefined,
    },
  );
  const releaseAll = () => {
    for (const release of releases.splice(0)) release();
  };
  return { batcher, batches, releaseAll };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await turn();
}

describe('Batcher', () => {
  it('runs the calls of one turn together, and each caller gets its own outcome', async () => {
    const { batcher, batches, releaseAll } = recording();
    const calls = ['a', 'bad b', 'c'].map((item) => batcher.submit(item).catch((error: Error) => `failed: ${error.message}`));
    await until(() => batches.length === 1);
    releaseAll();
    expect(await Promise.all(calls)).toEqual(['A', 'failed: bad b', 'C']);
    expect(batches).toEqual([['a', 'bad b', 'c']]);
  });

  it('never adds a call to a batch already sent: it waits for a free slot and goes in the next', async () => {
    const { batcher, batches, releaseAll } = recording();
    const first = batcher.submit('a');
    await turn();
    const later = [batcher.submit('b'), batcher.submit('c')];
    await turn();
    expect(batches).toEqual([['a']]);
    releaseAll();
    await first;
    await until(() => batches.length === 2);
    releaseAll();
    expect(await Promise.all(later)).toEqual(['B', 'C']);
    expect(batches).toEqual([['a'], ['b', 'c']]);
  });

  it('keeps at most maxSize items and one item per distinct key in a batch; the rest go next', async () => {
    const { batcher, batches, releaseAll } = recording({ maxSize: 3, concurrency: 4, distinct: true });
    const calls = ['u1:x', 'u1:y', 'u2:x', 'u3:x', 'u4:x'].map((item) => batcher.submit(item));
    await until(() => batches.length === 2);
    releaseAll();
    expect(await Promise.all(calls)).toEqual(['U1:X', 'U1:Y', 'U2:X', 'U3:X', 'U4:X']);
    expect(batches).toEqual([
      ['u1:x', 'u2:x', 'u3:x'],
      ['u1:y', 'u4:x'],
    ]);
  });

  it('fails every call of a batch that fails as a whole, and keeps serving', async () => {
    let fail = true;
    const batcher = new Batcher(
      async (items: number[]): Promise<Outcome<number>[]> => {
        if (fail) throw new Error('database away');
        return items.map((item) => ({ ok: true, value: item * 2 }));
      },
      { maxSize: 10, concurrency: 1 },
    );
    const results = await Promise.allSettled([batcher.submit(1), batcher.submit(2)]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await batcher.submit(3)).toBe(6);
  });
});
