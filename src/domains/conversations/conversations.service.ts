import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, gt, inArray, isNull, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { requireViewer } from '../../auth/rules';
import { BackgroundWork } from '../../background';
import type { Viewer } from '../../auth/viewer';
import type { Db, Tx } from '../../db/client';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../errors';
import type { EventWriter } from '../../realtime/realtime';
import { checkId, checkInt, checkOptionalText, checkText } from '../../validation';
import type { ServiceDeps } from '../service-deps';
import { withoutSecret, type UserView } from '../users/users.service';
import { users } from '../users/users.table';
import { accessTopic, conversationTopic, type ConversationLeft, type MessagesRead, type MessageView } from './conversations.events';
import { conversationParticipants, conversations, messages, type ConversationRow, type MessageRow } from './conversations.table';
import { MessageCipher } from './message-cipher';
import { groupsInOrder, valuesInOrder } from '../../db/in-order';
import { decodePageCursor, encodePageCursor, type PagePosition } from '../../db/page-cursor';
import { ConversationPresence } from './presence';
import { DueTimers } from './timers';

/** A conversation as the API shows it; the per-viewer fields are read on demand. */
export interface ConversationView {
  id: string;
  title: string | null;
  createdAt: Date;
}

export interface MessagePage {
  edges: { cursor: string; node: MessageView }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** How many conversations one `conversations` query lists: `first`'s default, and its most. */
export const LIST_SIZE = { default: 50, max: 100 };
/** Participants of one conversation, the caller included. */
const PARTICIPANTS_MAX = 1_000;
const TITLE_MAX = 200;
const CONTENT_MAX = 10_000;
const PAGE_MAX = 100;
/** How long a setTyping(true) lasts without another one. */
const TYPING_MS = 5_000;
const NOTIFICATION_KIND = 'conversation.message';
/** The order of a conversation's messages, newest first: that of its stream (see appendMessage). */
const NEWEST_FIRST = [desc(messages.createdAt), desc(messages.id)] as const;

const participants = conversationParticipants;

/** Chat: conversations, encrypted messages, typing, read markers, leaving and the conversation stream. */
export class ConversationsService {
  private readonly cipher: MessageCipher;
  private readonly presence: ConversationPresence;
  private readonly typingEnds: DueTimers;
  /** Plain text per message object: an event fanned out to many subscribers is decrypted once per process. */
  private readonly plainTexts = new WeakMap<MessageView, string>();

  constructor(private readonly deps: ServiceDeps) {
    this.cipher = new MessageCipher(deps.config.messageEncryptionKey);
    this.presence = new ConversationPresence(deps.db, deps.instanceId, (error) =>
      deps.logger.warn({ err: error }, 'a presence heartbeat failed'),
    );
    this.typingEnds = new DueTimers(new BackgroundWork((error) => deps.logger.warn({ err: error }, 'ending a typing state failed')));
  }

  /** A new conversation of the caller and the users named (each once); they must all exist. */
  async start(viewer: Viewer | null, participantIds: readonly string[], title: string | null | undefined): Promise<ConversationView> {
    const { id: callerId } = requireViewer(viewer);
    const memberIds = distinctParticipants(callerId, participantIds);
    const checkedTitle = checkOptionalText(title, 'title', TITLE_MAX) ?? null;
    return this.deps.db.transaction(async (tx) => {
      await requireUsersExist(tx, memberIds);
      const [conversation] = await tx
        .insert(conversations)
        .values({ title: checkedTitle, createdBy: callerId, createdAt: new Date() })
        .returning();
      await tx
        .insert(participants)
        .values(memberIds.map((userId) => ({ conversationId: conversation!.id, userId, joinedAt: conversation!.createdAt })));
      return toConversationView(conversation!);
    });
  }

  /**
   * The viewer's current conversations, the most recently active first (by
   * newest message, or by start for one without messages): the first
   * `first`, 1 to LIST_SIZE.max.
   */
  async list(viewer: Viewer | null, args: { first: number }): Promise<ConversationView[]> {
    const { id: userId } = requireViewer(viewer);
    const first = checkInt(args.first, 'first', 1, LIST_SIZE.max);
    const lastActivity = sql`coalesce((select max(${messages.createdAt}) from ${messages} where ${messages.conversationId} = ${conversations.id}), ${conversations.createdAt})`;
    const rows = await this.deps.db
      .select({ conversation: conversations })
      .from(conversations)
      .innerJoin(
        participants,
        and(eq(participants.conversationId, conversations.id), eq(participants.userId, userId), isNull(participants.leftAt)),
      )
      .orderBy(desc(lastActivity), desc(conversations.id))
      .limit(first);
    return rows.map((row) => toConversationView(row.conversation));
  }

  async get(viewer: Viewer | null, conversationId: string): Promise<ConversationView> {
    const { id: userId } = requireViewer(viewer);
    return toConversationView(await requireParticipant(this.deps.db, userId, checkId(conversationId, 'id')));
  }

  /** The current participants of each conversation (ones the caller was allowed to load), in the order of the ids: one query for all. */
  async participantsOf(conversationIds: string[]): Promise<UserView[][]> {
    const rows = await this.deps.db
      .select({ conversationId: participants.conversationId, user: users })
      .from(participants)
      .innerJoin(users, eq(users.id, participants.userId))
      .where(and(inArray(participants.conversationId, conversationIds), isNull(participants.leftAt)))
      .orderBy(asc(participants.joinedAt), asc(users.id));
    return groupsInOrder(
      conversationIds,
      rows.map((row) => [row.conversationId, withoutSecret(row.user)] as const),
    );
  }

  /** The newest message of each conversation (null for one without), in the order of the ids: one query for all. */
  async lastMessagesOf(conversationIds: string[]): Promise<(MessageView | null)[]> {
    // Per conversation, the newest entry of its (conversation, createdAt, id) index: one short index scan each.
    const newest = this.deps.db
      .select({ id: messages.id })
      .from(messages)
      .where(eq(messages.conversationId, conversations.id))
      .orderBy(...NEWEST_FIRST)
      .limit(1)
      .as('newest');
    const rows = await this.deps.db
      .select({ message: messages, sender: users })
      .from(conversations)
      .crossJoinLateral(newest)
      .innerJoin(messages, eq(messages.id, newest.id))
      .innerJoin(users, eq(users.id, messages.senderId))
      .where(inArray(conversations.id, conversationIds));
    return valuesInOrder(
      conversationIds,
      rows.map((row) => [row.message.conversationId, toMessageView(row.message, withoutSecret(row.sender))] as const),
      null,
    );
  }

  /** For each conversation, in the order of the ids, the messages from others after the viewer's last read one: one query for all. */
  async unreadCountsOf(viewer: Viewer | null, conversationIds: string[]): Promise<number[]> {
    const { id: userId } = requireViewer(viewer);
    const rows = await this.deps.db
      .select({ conversationId: participants.conversationId, n: count() })
      .from(participants)
      .innerJoin(
        messages,
        and(
          eq(messages.conversationId, participants.conversationId),
          ne(messages.senderId, userId),
          or(isNull(participants.lastReadAt), gt(messages.createdAt, participants.lastReadAt)),
        ),
      )
      .where(and(eq(participants.userId, userId), inArray(participants.conversationId, conversationIds)))
      .groupBy(participants.conversationId);
    return valuesInOrder(
      conversationIds,
      rows.map((row) => [row.conversationId, row.n] as const),
      0,
    );
  }

  /** Newest last: the `last` messages before the `before` cursor (or the newest ones). */
  async messages(viewer: Viewer | null, conversationId: string, args: { last: number; before?: string | null }): Promise<MessagePage> {
    const { id: userId } = requireViewer(viewer);
    const id = checkId(conversationId, 'conversationId');
    const size = checkInt(args.last, 'last', 1, PAGE_MAX);
    const position = args.before == null ? undefined : decodePageCursor(args.before, 'before');
    await requireParticipant(this.deps.db, userId, id);
    const newestFirst = await newestMessages(this.deps.db, id, size + 1, position);
    const edges = newestFirst
      .slice(0, size)
      .reverse()
      .map((node) => ({ cursor: encodePageCursor(node), node }));
    return {
      edges,
      pageInfo: {
        hasPreviousPage: newestFirst.length > size,
        hasNextPage: args.before != null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  /** The plain text of a message, decrypted once per message object. */
  contentOf(message: MessageView): string {
    let text = this.plainTexts.get(message);
    if (text === undefined) {
      text = this.cipher.open(message.contentCiphertext, message.id);
      this.plainTexts.set(message, text);
    }
    return text;
  }

  /** Stores the message encrypted, streams MessageSent and notifies the participants who are not watching. */
  async sendMessage(viewer: Viewer | null, conversationId: string, content: string): Promise<MessageView> {
    const { id: userId } = requireViewer(viewer);
    await this.deps.limiter.take('sendMessage', userId);
    const id = checkId(conversationId, 'conversationId');
    const text = checkText(content, 'content', { max: CONTENT_MAX, verbatim: true });
    return this.deps.realtime.write(async (tx, events) => {
      const conversation = await requireParticipant(tx, userId, id);
      const message = await this.appendMessage(tx, events, id, await userView(tx, userId), text);
      await this.notifyAbsent(tx, events, conversation, message);
      return message;
    });
  }

  /** Announces a change of the viewer's typing state; a true one ends by itself TYPING_MS after the last. */
  async setTyping(viewer: Viewer | null, conversationId: string, isTyping: boolean): Promise<boolean> {
    const { id: userId } = requireViewer(viewer);
    await this.deps.limiter.take('setTyping', userId);
    const id = checkId(conversationId, 'conversationId');
    await requireParticipant(this.deps.db, userId, id);
    const typingUntil = isTyping ? new Date(Date.now() + TYPING_MS) : null;
    const wasTyping = await this.swapTypingUntil(id, userId, typingUntil);
    const timer = `${id}:${userId}`;
    if (typingUntil) this.typingEnds.schedule(timer, typingUntil, () => this.endTyping(id, userId, typingUntil));
    else this.typingEnds.cancel(timer);
    if (wasTyping !== isTyping) await this.publishTyping(id, userId, isTyping);
    return true;
  }

  /** Moves the viewer's read marker to the newest message; MessagesRead only when it moved. */
  async markRead(viewer: Viewer | null, conversationId: string): Promise<boolean> {
    const { id: userId } = requireViewer(viewer);
    const id = checkId(conversationId, 'conversationId');
    return this.deps.realtime.write(async (tx, events) => {
      await requireParticipant(tx, userId, id);
      const [newest] = await newestMessages(tx, id, 1);
      if (newest && (await advanceLastRead(tx, id, userId, newest))) {
        await events.append(
          conversationTopic(id),
          async (): Promise<MessagesRead> => ({
            __typename: 'MessagesRead',
            user: await userView(tx, userId),
            lastReadMessageId: newest.id,
          }),
        );
      }
      return true;
    });
  }

  /** The viewer leaves; their subscriptions to the conversation end with FORBIDDEN on every instance. */
  async leave(viewer: Viewer | null, conversationId: string): Promise<boolean> {
    const { id: userId } = requireViewer(viewer);
    const id = checkId(conversationId, 'conversationId');
    await requireParticipant(this.deps.db, userId, id);
    await this.deps.db
      .update(participants)
      .set({ leftAt: new Date() })
      .where(and(participantKey(id, userId), isNull(participants.leftAt)));
    this.deps.realtime.publishEphemeral(accessTopic(userId), { __typename: 'ConversationLeft', conversationId: id });
    return true;
  }

  /** The conversation's stream for a participant: StreamReady first, or a replay from `after` then StreamReady. */
  async subscribe(viewer: Viewer | null, conversationId: string, after: string | null | undefined) {
    const { id: userId } = requireViewer(viewer);
    const id = checkId(conversationId, 'conversationId');
    await requireParticipant(this.deps.db, userId, id);
    const topic = conversationTopic(id);
    const afterSeq = this.deps.realtime.resumePoint(topic, after);
    await this.presence.watch(id, userId);
    return this.deps.realtime.stream({
      topic,
      afterSeq,
      endWhen: {
        topic: accessTopic(userId),
        check: (event: ConversationLeft) =>
          event.__typename === 'ConversationLeft' && event.conversationId === id
            ? new ForbiddenError('You left this conversation.')
            : undefined,
      },
      verifyAccess: async () => {
        await requireParticipant(this.deps.db, userId, id);
      },
      onClose: () => this.presence.unwatch(id, userId),
    });
  }

  /** Stops the typing timers and the presence heartbeat; called when the app stops. */
  async stop(): Promise<void> {
    await Promise.all([this.typingEnds.stop(), this.presence.stop()]);
  }

  // The message is written while this transaction holds the topic's turn, so
  // createdAt can be made strictly later than the previous message's: the
  // order of createdAt (pages, unread counts) is then the order of the stream.
  private async appendMessage(tx: Tx, events: EventWriter, conversationId: string, sender: UserView, text: string): Promise<MessageView> {
    let message: MessageView | undefined;
    await events.append(conversationTopic(conversationId), async () => {
      message = await this.insertMessage(tx, conversationId, sender, text);
      return { __typename: 'MessageSent' as const, message };
    });
    return message!;
  }

  private async insertMessage(tx: Tx, conversationId: string, sender: UserView, text: string): Promise<MessageView> {
    const [previous] = await newestMessages(tx, conversationId, 1);
    const createdAt = new Date(Math.max(Date.now(), (previous ? new Date(previous.createdAt).getTime() : 0) + 1));
    const id = randomUUID();
    const [row] = await tx
      .insert(messages)
      .values({ id, conversationId, senderId: sender.id, contentCiphertext: this.cipher.seal(text, id), createdAt })
      .returning();
    const message = toMessageView(row!, sender);
    // The sender's answer and this process's subscribers need not decrypt what was just encrypted.
    this.plainTexts.set(message, text);
    return message;
  }

  // In the sender's transaction: the notifications exist exactly when the message does.
  private async notifyAbsent(tx: Tx, events: EventWriter, conversation: ConversationRow, message: MessageView): Promise<void> {
    const watching = await this.presence.watchers(tx, conversation.id);
    const where = conversation.title ? `"${conversation.title}"` : 'a conversation';
    const absent = (await currentParticipantIds(tx, conversation.id)).filter(
      (userId) => userId !== message.sender.id && !watching.has(userId),
    );
    // Never the content: notifications are stored in plain text.
    const text = `${displayName(message.sender)} wrote in ${where}.`;
    await this.deps.notifications.createMany(
      events,
      absent.map((userId) => ({ userId, kind: NOTIFICATION_KIND, title: 'New message', message: text })),
    );
  }

  /** Sets typing_until, the state every instance shares; returns whether the user was typing before. */
  private swapTypingUntil(conversationId: string, userId: string, typingUntil: Date | null): Promise<boolean> {
    return this.deps.db.transaction(async (tx) => {
      const [before] = await tx
        .select({ typingUntil: participants.typingUntil })
        .from(participants)
        .where(participantKey(conversationId, userId))
        .for('update');
      await tx.update(participants).set({ typingUntil }).where(participantKey(conversationId, userId));
      return before?.typingUntil != null && before.typingUntil > new Date();
    });
  }

  // Runs on the instance that set `due`. If typing_until is later now, a newer
  // setTyping(true) extended it, maybe on another instance, whose timer ends it.
  private async endTyping(conversationId: string, userId: string, due: Date): Promise<void> {
    const [ended] = await this.deps.db
      .update(participants)
      .set({ typingUntil: null })
      .where(and(participantKey(conversationId, userId), lte(participants.typingUntil, due)))
      .returning({ userId: participants.userId });
    if (ended) await this.publishTyping(conversationId, userId, false);
  }

  private async publishTyping(conversationId: string, userId: string, isTyping: boolean): Promise<void> {
    const user = await userView(this.deps.db, userId);
    this.deps.realtime.publishEphemeral(conversationTopic(conversationId), { __typename: 'TypingChanged', user, isTyping });
  }
}

/** The caller and every id named, each once; BAD_USER_INPUT past PARTICIPANTS_MAX. */
function distinctParticipants(callerId: string, participantIds: readonly string[]): string[] {
  const distinct = new Set([callerId, ...participantIds.map((id) => checkId(id, 'participantIds'))]);
  if (distinct.size > PARTICIPANTS_MAX) {
    throw new BadUserInputError(`A conversation has at most ${PARTICIPANTS_MAX} participants, the caller included.`, {
      argumentName: 'participantIds',
    });
  }
  return [...distinct];
}

async function requireUsersExist(tx: Tx, ids: string[]): Promise<void> {
  const found = await tx.select({ id: users.id }).from(users).where(inArray(users.id, ids));
  if (found.length === ids.length) return;
  const known = new Set(found.map((row) => row.id));
  const unknown = ids.filter((id) => !known.has(id));
  throw new BadUserInputError(`participantIds names ${unknown.length} unknown user(s), e.g. ${unknown[0]}.`, {
    argumentName: 'participantIds',
  });
}

/** The conversation, if the user takes part in it now: NOT_FOUND if it does not exist, FORBIDDEN if they do not (or left). */
async function requireParticipant(db: Db | Tx, userId: string, conversationId: string): Promise<ConversationRow> {
  const [found] = await db
    .select({ conversation: conversations, participantId: participants.userId, leftAt: participants.leftAt })
    .from(conversations)
    .leftJoin(participants, participantKey(conversations.id, userId))
    .where(eq(conversations.id, conversationId));
  if (!found) throw new NotFoundError('Conversation');
  if (!found.participantId || found.leftAt) throw new ForbiddenError('Only participants of this conversation may do this.');
  return found.conversation;
}

function participantKey(conversationId: string | typeof conversations.id, userId: string): SQL {
  return and(eq(participants.conversationId, conversationId), eq(participants.userId, userId))!;
}

async function currentParticipantIds(tx: Tx, conversationId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: participants.userId })
    .from(participants)
    .where(and(eq(participants.conversationId, conversationId), isNull(participants.leftAt)))
    // One order for every writer: notifying takes each user's notification topic in turn.
    .orderBy(asc(participants.userId));
  return rows.map((row) => row.userId);
}

/** At most `limit` messages of a conversation, newest first, older than `before` if given. */
async function newestMessages(db: Db | Tx, conversationId: string, limit: number, before?: PagePosition): Promise<MessageView[]> {
  const rows = await db
    .select({ message: messages, sender: users })
    .from(messages)
    .innerJoin(users, eq(users.id, messages.senderId))
    .where(
      and(
        eq(messages.conversationId, conversationId),
        before && sql`(${messages.createdAt}, ${messages.id}) < (${before.createdAt}, ${before.id})`,
      ),
    )
    .orderBy(...NEWEST_FIRST)
    .limit(limit);
  return rows.map((row) => toMessageView(row.message, withoutSecret(row.sender)));
}

/** Moves the read marker forward to the message; false when it was there or beyond already. */
async function advanceLastRead(tx: Tx, conversationId: string, userId: string, newest: MessageView): Promise<boolean> {
  const readAt = new Date(newest.createdAt);
  const moved = await tx
    .update(participants)
    .set({ lastReadMessageId: newest.id, lastReadAt: readAt })
    .where(and(participantKey(conversationId, userId), or(isNull(participants.lastReadAt), lt(participants.lastReadAt, readAt))))
    .returning({ userId: participants.userId });
  return moved.length > 0;
}

async function userView(db: Db | Tx, userId: string): Promise<UserView> {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  if (!row) throw new NotFoundError('User');
  return withoutSecret(row);
}

/** How a notification names the sender: their name, never their private email. */
function displayName(user: UserView): string {
  return [user.firstName, user.lastName].filter(Boolean).join(' ') || 'Someone';
}

function toConversationView(row: ConversationRow): ConversationView {
  return { id: row.id, title: row.title, createdAt: row.createdAt };
}

function toMessageView(row: MessageRow, sender: UserView): MessageView {
  return {
    id: row.id,
    conversationId: row.conversationId,
    sender,
    contentCiphertext: row.contentCiphertext,
    createdAt: row.createdAt.toISOString(),
  };
}
