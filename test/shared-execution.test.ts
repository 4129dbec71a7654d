import { GraphQLBoolean, GraphQLObjectType, GraphQLSchema, GraphQLString, type ExecutionResult } from 'graphql';
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useSharedEventExecution } from '../src/server/shared-execution';
import { collectGarbage } from './kit/gc';

interface Event {
  text: string;
  author: string;
}

// Every subscriber's stream yields these very objects, as the streams do for a live event.
const events: Event[] = [
  { text: 'first', author: 'alice' },
  { text: 'second', author: 'bob' },
];
const calls = { text: 0, mine: 0 };
// The `latest` stream yields one event of its own, then waits until this resolves.
let endLatest!: () => void;
const latestEnded = new Promise<void>((resolve) => (endLatest = resolve));

const EventType = new GraphQLObjectType<Event, { viewer: { id: string } | null }>({
  name: 'Event',
  fields: {
    text: {
      type: GraphQLString,
      resolve: (event) => {
        calls.text++;
        return event.text;
      },
    },
    mine: {
      type: GraphQLBoolean,
      resolve: (event, _, ctx) => {
        calls.mine++;
        return event.author === ctx.viewer?.id;
      },
    },
  },
});

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLBoolean, resolve: () => true } } }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      events: {
        type: EventType,
        subscribe: async function* () {
          yield* events;
        },
        resolve: (event: Event) => event,
      },
      latest: {
        type: EventType,
        subscribe: async function* () {
          yield { text: 'only this once', author: 'alice' };
          await latestEnded;
        },
        resolve: (event: Event) => event,
      },
    },
  }),
});

const yoga = createYoga({ schema, plugins: [useSharedEventExecution()] });

/** What one subscriber with this viewer receives for the document from the server (by default, the one above). */
async function receive(
  query: string,
  viewerId: string,
  server: YogaServerInstance<object, object> = yoga,
): Promise<ExecutionResult['data'][]> {
  // As ws.ts does: yoga's parser cache hands every subscriber of a text the same document.
  const { schema, parse, subscribe, contextFactory } = server.getEnveloped({ viewer: { id: viewerId } });
  const document = parse(query);
  const stream = (await subscribe({ schema, document, contextValue: await contextFactory() })) as AsyncIterable<ExecutionResult>;
  const received = [];
  for await (const result of stream) received.push(result.data);
  return received;
}

describe('shared subscription execution', () => {
  it('runs an operation that does not ask for the viewer once per event, for every subscriber', async () => {
    calls.text = 0;
    const query = 'subscription { events { text } }';
    const results = await Promise.all(['alice', 'bob', 'carol'].map((viewer) => receive(query, viewer)));
    for (const received of results) expect(received).toEqual([{ events: { text: 'first' } }, { events: { text: 'second' } }]);
    expect(calls.text).toBe(events.length);
  });

  it("runs an operation that asks for the viewer with each subscriber's own context", async () => {
    const query = 'subscription { events { text mine } }';
    const [alice, bob, carol] = await Promise.all(['alice', 'bob', 'carol'].map((viewer) => receive(query, viewer)));
    expect(alice!.map((data) => (data?.['events'] as { mine: boolean } | undefined)?.mine)).toEqual([true, false]);
    expect(bob!.map((data) => (data?.['events'] as { mine: boolean } | undefined)?.mine)).toEqual([false, true]);
    expect(carol!.map((data) => (data?.['events'] as { mine: boolean } | undefined)?.mine)).toEqual([false, false]);
  });

  it('keeps none of the last result while a subscriber waits for the next, even if its consumer keeps the result', async () => {
    const { parse, subscribe, contextFactory } = yoga.getEnveloped({ viewer: null });
    const document = parse('subscription { latest { text } }');
    const stream = (await subscribe({ schema, document, contextValue: await contextFactory() })) as AsyncIterableIterator<ExecutionResult>;
    // As graphql-ws's for-await loop does: the last result stays in hand while the next is awaited.
    const last = await stream.next();
    expect(last.value).toEqual({ data: { latest: { text: 'only this once' } } });
    const data = new WeakRef(last.value.data as object);
    const next = stream.next();
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(data.deref()).toBeUndefined();
    endLatest();
    expect(await next).toEqual({ done: true, value: undefined });
  });
});

describe("an event's caches", () => {
  // Every event reads the same record through a Pothos dataloader, whose every batch reads anew.
  // Every subscriber's stream yields these very objects, as the streams do for a live event.
  const changes = [{ key: 'the record' }, { key: 'the record' }];
  let batches = 0;
  const read = (keys: readonly string[]) => Promise.resolve(keys.map(() => `read by batch ${++batches}`));
  const builder = new SchemaBuilder<{ Context: { viewer: { id: string } } }>({ plugins: [DataloaderPlugin] });
  const Record = builder.objectRef<{ key: string }>('Record').implement({
    fields: (t) => ({
      value: t.loadable({ type: 'String', load: (keys: string[]) => read(keys), resolve: (record) => record.key }),
      // Asks for the viewer: each subscriber runs it with their context, which lives as long as the subscription.
      valueForViewer: t.loadable({
        type: 'String',
        load: (keys: string[], ctx) => read(keys.map(() => ctx.viewer.id)),
        resolve: (record) => record.key,
      }),
    }),
  });
  builder.queryType({ fields: (t) => ({ ok: t.boolean({ resolve: () => true }) }) });
  builder.subscriptionType({
    fields: (t) => ({
      changes: t.field({
        type: Record,
        subscribe: async function* () {
          yield* changes;
        },
        resolve: (record) => record,
      }),
    }),
  });
  const pothosYoga = createYoga({ schema: builder.toSchema(), plugins: [useSharedEventExecution()] });
  const values = (received: ExecutionResult['data'][]) => received.map((data) => Object.values(data?.['changes'] ?? {})[0]);

  it("are the event's own: a long-lived subscription never answers from what an earlier event loaded", async () => {
    batches = 0;
    const received = await receive('subscription { changes { valueForViewer } }', 'alice', pothosYoga);
    expect(values(received)).toEqual(['read by batch 1', 'read by batch 2']);
  });

  it('keep an operation that does not ask for the viewer shared: one run per event for every subscriber', async () => {
    batches = 0;
    const query = 'subscription { changes { value } }';
    const results = await Promise.all(['alice', 'bob', 'carol'].map((viewer) => receive(query, viewer, pothosYoga)));
    for (const received of results) expect(values(received)).toEqual(['read by batch 1', 'read by batch 2']);
  });
});
