import { builder } from '../../graphql/builder';
import { eventType, eventUnion, PageInfo, streamed, StreamReadyType } from '../../graphql/realtime';
import { User } from '../users/users.graphql';
import type { MessageSent, MessagesRead, MessageView, TypingChanged } from './conversations.events';
import { type ConversationView, LIST_SIZE, type MessagePage } from './conversations.service';

const Message = builder.objectRef<MessageView>('Message').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    conversationId: t.exposeID('conversationId'),
    sender: t.field({ type: User, resolve: (message) => message.sender }),
    content: t.string({
      description: 'Plain text as sent; stored encrypted at rest.',
      resolve: (message, _, ctx) => ctx.services.conversations.contentOf(message),
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (message) => message.createdAt }),
  }),
});

const MessageEdge = builder.objectRef<MessagePage['edges'][number]>('MessageEdge').implement({
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    node: t.field({ type: Message, resolve: (edge) => edge.node }),
  }),
});

const MessageConnection = builder.objectRef<MessagePage>('MessageConnection').implement({
  fields: (t) => ({
    edges: t.field({ type: [MessageEdge], resolve: (page) => page.edges }),
    pageInfo: t.field({ type: PageInfo, resolve: (page) => page.pageInfo }),
  }),
});

const Conversation = builder.objectRef<ConversationView>('Conversation').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title', { nullable: true }),
    // Per conversation, each read below is batched: one query for every conversation of the request.
    participants: t.loadableList({
      type: User,
      load: (ids: string[], ctx) => ctx.services.conversations.participantsOf(ids),
      resolve: (conversation) => conversation.id,
    }),
    lastMessage: t.loadable({
      type: Message,
      nullable: true,
      load: (ids: string[], ctx) => ctx.services.conversations.lastMessagesOf(ids),
      resolve: (conversation) => conversation.id,
    }),
    unreadCount: t.loadable({
      type: 'Int',
      description: 'Messages from others that the viewer has not read yet.',
      load: (ids: string[], ctx) => ctx.services.conversations.unreadCountsOf(ctx.viewer, ids),
      resolve: (conversation) => conversation.id,
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (conversation) => conversation.createdAt }),
  }),
});

const MessageSentType = eventType<MessageSent>('MessageSent');
builder.objectFields(MessageSentType, (t) => ({
  message: t.field({ type: Message, resolve: (event) => event.message }),
}));

const TypingChangedType = eventType<TypingChanged>(
  'TypingChanged',
  'Ephemeral: cursor is null. isTyping turns false by itself a few seconds after the last setTyping(true).',
);
builder.objectFields(TypingChangedType, (t) => ({
  user: t.field({ type: User, resolve: (event) => event.user }),
  isTyping: t.exposeBoolean('isTyping'),
}));

const MessagesReadType = eventType<MessagesRead>('MessagesRead');
builder.objectFields(MessagesReadType, (t) => ({
  user: t.field({ type: User, resolve: (event) => event.user }),
  lastReadMessageId: t.exposeID('lastReadMessageId'),
}));

const ConversationEvent = eventUnion('ConversationEvent', [MessageSentType, TypingChangedType, MessagesReadType, StreamReadyType]);

builder.queryFields((t) => ({
  conversations: t.field({
    type: [Conversation],
    description: `The viewer's current conversations, the most recently active first: by their newest message, or by their start when they have none. At most ${LIST_SIZE.max} per query.`,
    args: {
      first: t.arg.int({ defaultValue: LIST_SIZE.default, description: `How many to return, 1 to ${LIST_SIZE.max}.` }),
    },
    resolve: (_, { first }, ctx) => ctx.services.conversations.list(ctx.viewer, { first: first ?? LIST_SIZE.default }),
  }),
  conversation: t.field({
    type: Conversation,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, { id }, ctx) => ctx.services.conversations.get(ctx.viewer, id),
  }),
  messages: t.field({
    type: MessageConnection,
    description: 'Newest last; page backwards with last/before.',
    args: {
      conversationId: t.arg.id({ required: true }),
      last: t.arg.int({ defaultValue: 50 }),
      before: t.arg.string(),
    },
    resolve: (_, args, ctx) =>
      ctx.services.conversations.messages(ctx.viewer, args.conversationId, { last: args.last ?? 50, before: args.before }),
  }),
}));

builder.mutationFields((t) => ({
  startConversation: t.field({
    type: Conversation,
    description: 'The caller always takes part, whether or not participantIds names it; duplicates are ignored.',
    args: { participantIds: t.arg.idList({ required: true }), title: t.arg.string() },
    resolve: (_, { participantIds, title }, ctx) => ctx.services.conversations.start(ctx.viewer, participantIds, title),
  }),
  sendMessage: t.field({
    type: Message,
    args: { conversationId: t.arg.id({ required: true }), content: t.arg.string({ required: true }) },
    resolve: (_, { conversationId, content }, ctx) => ctx.services.conversations.sendMessage(ctx.viewer, conversationId, content),
  }),
  setTyping: t.boolean({
    args: { conversationId: t.arg.id({ required: true }), isTyping: t.arg.boolean({ required: true }) },
    resolve: (_, { conversationId, isTyping }, ctx) => ctx.services.conversations.setTyping(ctx.viewer, conversationId, isTyping),
  }),
  markConversationRead: t.boolean({
    args: { conversationId: t.arg.id({ required: true }) },
    resolve: (_, { conversationId }, ctx) => ctx.services.conversations.markRead(ctx.viewer, conversationId),
  }),
  leaveConversation: t.boolean({
    description: 'The caller leaves; their subscriptions to it end with FORBIDDEN, on every server instance.',
    args: { conversationId: t.arg.id({ required: true }) },
    resolve: (_, { conversationId }, ctx) => ctx.services.conversations.leave(ctx.viewer, conversationId),
  }),
}));

builder.subscriptionFields((t) => ({
  conversationMessages: t.field({
    type: ConversationEvent,
    description: 'Participants only.',
    args: { conversationId: t.arg.id({ required: true }), after: t.arg.string() },
    subscribe: (_, { conversationId, after }, ctx) => ctx.services.conversations.subscribe(ctx.viewer, conversationId, after),
    resolve: streamed,
  }),
}));
