// The storm's accounting: what became of each call across the kill, and when every client was live again.
import { describe, expect, it } from 'vitest';
import { parseOptions } from '../scripts/bench/options';
import { STORM_TAIL_MS, StormLedger } from '../scripts/bench/storm-ledger';

const KILLED_AT = 10_000;

/** Two clients; call `seq` goes to client seq % 2. Every call is sent at `seq` ms and answered with success. */
function ledger(sends: number): StormLedger {
  const book = new StormLedger((seq) => seq % 2, sends, 2);
  for (let seq = 0; seq < sends; seq++) {
    book.sent(seq, seq * 1_000);
    book.succeeded(seq);
  }
  return book;
}

describe('StormLedger', () => {
  it('counts an event that reached its client on the lost instance and again in the replay as duplicated', () => {
    const book = ledger(2);
    book.arrived(0, 0, 500, false);
    book.arrived(1, 1, 1_500, false);
    // Client 0 resumed from a cursor before event 0: the replay sends it again.
    book.arrived(0, 0, 11_000, true);
    expect(book.duplicates).toBe(1);
    expect(book.figures(KILLED_AT).lost).toBe(0);
  });

  it('counts an accepted event that arrived on neither instance as lost, and one that came in the replay as not', () => {
    const book = ledger(4);
    book.arrived(0, 0, 500, false);
    book.arrived(1, 1, 1_500, false);
    // Event 2 was in flight at the kill and came in client 0's replay; event 3 never came.
    book.arrived(2, 0, 11_000, true);
    expect(book.missing()).toBe(1);
    expect(book.figures(KILLED_AT).lost).toBe(1);
    expect(book.replayed).toBe(1);
  });

  it('does not count the event of a failed call as lost, and says when it arrived all the same', () => {
    const book = new StormLedger(() => 0, 2, 1);
    book.sent(0, 0);
    book.succeeded(0);
    book.sent(1, 1);
    book.arrived(0, 0, 5, false);
    book.arrived(1, 0, 6, false);
    const figures = book.figures(KILLED_AT);
    expect(figures.lost).toBe(0);
    expect(figures.deliveredOfFailedSends).toBe(1);
  });

  it('counts an event at the wrong client as misrouted, and a number it never sent as malformed', () => {
    const book = ledger(2);
    book.arrived(0, 1, 500, false);
    book.arrived(0, -1, 500, false);
    book.arrived(7, 1, 500, false);
    expect(book.misrouted).toBe(2);
    expect(book.malformed).toBe(1);
    expect(book.delivered).toBe(0);
  });

  it('has no time to all live while a client is not back, then the time of the last one', () => {
    const book = ledger(0);
    book.wentLive(0, KILLED_AT + 400);
    expect(book.allLiveAt).toBeUndefined();
    expect(book.figures(KILLED_AT).allLiveSeconds).toBeNaN();
    book.wentLive(1, KILLED_AT + 2_500);
    expect(book.allLiveAt).toBe(KILLED_AT + 2_500);
    expect(book.figures(KILLED_AT).allLiveSeconds).toBe(2.5);
  });

  it('takes the later return of a client that had to come back twice, and counts it once', () => {
    const book = ledger(0);
    book.wentLive(0, KILLED_AT + 400);
    book.wentLive(1, KILLED_AT + 500);
    book.wentLive(0, KILLED_AT + 3_000);
    expect(book.liveAgain).toBe(2);
    expect(book.figures(KILLED_AT).allLiveSeconds).toBe(3);
  });

  it('times the events sent from the kill to all live plus the tail as the storm, later ones as after, earlier ones not at all', () => {
    const allLive = KILLED_AT + 2_000;
    const book = new StormLedger(() => 0, 3, 1);
    // Before the kill, in the storm window, after it.
    const sentAt = [KILLED_AT - 1_000, KILLED_AT + 1_000, allLive + STORM_TAIL_MS];
    for (const [seq, at] of sentAt.entries()) {
      book.sent(seq, at);
      book.succeeded(seq);
    }
    book.arrived(0, 0, allLive, true);
    book.arrived(1, 0, allLive, true);
    book.arrived(2, 0, allLive + STORM_TAIL_MS + 7, false);
    book.wentLive(0, allLive);
    const figures = book.figures(KILLED_AT);
    expect(figures).toMatchObject({ stormEvents: 1, stormLatencyP99: 1_000, afterEvents: 1, afterLatencyP99: 7 });
  });
});

describe('the storm on the command line', () => {
  it("has the issue's rate and 30 s of calls from the kill on, and no memory check", () => {
    expect(parseOptions(['--workload', 'storm'])).toMatchObject({ workloads: ['storm'], rate: 1_000, events: 30_000, gc: false });
  });

  it('keeps a rate and a number of calls that were given', () => {
    expect(parseOptions(['--rate=500', '--workload', 'storm', '--events', '5000'])).toMatchObject({ rate: 500, events: 5_000 });
  });

  it('leaves the other workloads their own defaults', () => {
    expect(parseOptions([])).toMatchObject({ workloads: ['unicast'], rate: 2_000, events: 20_000, gc: true });
  });
});
