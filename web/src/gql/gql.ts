/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionParts on AuthPayload {\n    token\n    expiresAt\n    user {\n      id\n      email\n      role\n      firstName\n    }\n  }\n": typeof types.SessionPartsFragmentDoc,
    "\n  mutation RefreshToken {\n    refreshToken {\n      ...SessionParts\n    }\n  }\n": typeof types.RefreshTokenDocument,
    "\n  fragment ChatMessage on Message {\n    id\n    conversationId\n    content\n    createdAt\n    sender {\n      id\n      firstName\n      email\n    }\n  }\n": typeof types.ChatMessageFragmentDoc,
    "\n  fragment ChatConversation on Conversation {\n    id\n    title\n    unreadCount\n    createdAt\n    participants {\n      id\n      firstName\n      email\n    }\n    lastMessage {\n      ...ChatMessage\n    }\n  }\n": typeof types.ChatConversationFragmentDoc,
    "\n  query Conversations {\n    conversations {\n      ...ChatConversation\n    }\n  }\n": typeof types.ConversationsDocument,
    "\n  query OneConversation($id: ID!) {\n    conversation(id: $id) {\n      ...ChatConversation\n    }\n  }\n": typeof types.OneConversationDocument,
    "\n  subscription ConversationActivity($conversationId: ID!) {\n    conversationMessages(conversationId: $conversationId) {\n      __typename\n      ... on MessageSent {\n        message {\n          ...ChatMessage\n        }\n      }\n      ... on MessagesRead {\n        lastReadMessageId\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ConversationActivityDocument,
    "\n  subscription ThreadEvents($conversationId: ID!) {\n    conversationMessages(conversationId: $conversationId) {\n      __typename\n      ... on MessageSent {\n        message {\n          ...ChatMessage\n        }\n      }\n      ... on MessagesRead {\n        lastReadMessageId\n        user {\n          id\n        }\n      }\n      ... on TypingChanged {\n        isTyping\n        user {\n          id\n          firstName\n          email\n        }\n      }\n    }\n  }\n": typeof types.ThreadEventsDocument,
    "\n  query Messages($conversationId: ID!) {\n    messages(conversationId: $conversationId, last: 50) {\n      edges {\n        node {\n          ...ChatMessage\n        }\n      }\n    }\n  }\n": typeof types.MessagesDocument,
    "\n  subscription ChatNotifications {\n    notifications {\n      __typename\n      ... on NotificationCreated {\n        notification {\n          id\n          kind\n        }\n      }\n    }\n  }\n": typeof types.ChatNotificationsDocument,
    "\n  mutation SendMessage($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation SetTyping($conversationId: ID!, $isTyping: Boolean!) {\n    setTyping(conversationId: $conversationId, isTyping: $isTyping)\n  }\n": typeof types.SetTypingDocument,
    "\n  mutation MarkConversationRead($conversationId: ID!) {\n    markConversationRead(conversationId: $conversationId)\n  }\n": typeof types.MarkConversationReadDocument,
    "\n  mutation StartConversation($participantIds: [ID!]!, $title: String) {\n    startConversation(participantIds: $participantIds, title: $title) {\n      id\n    }\n  }\n": typeof types.StartConversationDocument,
    "\n  subscription DashboardStream {\n    dashboardEvents {\n      __typename\n      ... on RealtimeEvent {\n        at\n      }\n      ... on DashboardSnapshot {\n        stats {\n          ...DashboardFigures\n        }\n        recentBusinesses {\n          ...FeedBusiness\n        }\n      }\n      ... on BusinessCreated {\n        stats {\n          ...DashboardFigures\n        }\n        business {\n          ...FeedBusiness\n        }\n      }\n      ... on UserRegistered {\n        stats {\n          ...DashboardFigures\n        }\n        user {\n          id\n          email\n          role\n          firstName\n        }\n      }\n    }\n  }\n": typeof types.DashboardStreamDocument,
    "\n  fragment DashboardFigures on DashboardStats {\n    totalUsers\n    totalBusinesses\n    activeOrders\n    uploadsInProgress\n  }\n": typeof types.DashboardFiguresFragmentDoc,
    "\n  fragment FeedBusiness on Business {\n    id\n    name\n    createdAt\n    owner {\n      id\n      email\n    }\n  }\n": typeof types.FeedBusinessFragmentDoc,
    "\n  fragment BellNotification on Notification {\n    id\n    kind\n    title\n    message\n    createdAt\n    readAt\n  }\n": typeof types.BellNotificationFragmentDoc,
    "\n  subscription BellStream {\n    notifications {\n      __typename\n      ... on RealtimeEvent {\n        at\n      }\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        unreadCount\n        notification {\n          ...BellNotification\n        }\n      }\n      ... on NotificationsRead {\n        ids\n        unreadCount\n      }\n    }\n  }\n": typeof types.BellStreamDocument,
    "\n  query RecentNotifications {\n    notifications(first: 20) {\n      edges {\n        node {\n          ...BellNotification\n        }\n      }\n    }\n  }\n": typeof types.RecentNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  mutation SendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n    }\n  }\n": typeof types.SendNotificationDocument,
    "\n  mutation CreateBusiness($input: CreateBusinessInput!) {\n    createBusiness(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateBusinessDocument,
    "\n  fragment OnboardingStatus on WizardStatus {\n    canComplete\n    wizardComplete\n    missingFields\n    details {\n      firstName\n      lastName\n      phoneNumber\n      businessType\n      manualPrompt\n      instagramConnected\n      telegramConnected\n    }\n  }\n": typeof types.OnboardingStatusFragmentDoc,
    "\n  subscription WizardStream {\n    wizardStatus {\n      ...OnboardingStatus\n    }\n  }\n": typeof types.WizardStreamDocument,
    "\n  query OnboardingProfile {\n    me {\n      id\n      firstName\n      lastName\n      phoneNumber\n      businessType\n    }\n  }\n": typeof types.OnboardingProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation SaveManualPrompt($text: String!) {\n    saveManualPrompt(text: $text) {\n      canComplete\n    }\n  }\n": typeof types.SaveManualPromptDocument,
    "\n  mutation ConnectChannel($kind: ChannelKind!, $handle: String!) {\n    connectChannel(kind: $kind, handle: $handle) {\n      canComplete\n    }\n  }\n": typeof types.ConnectChannelDocument,
    "\n  mutation DisconnectChannel($kind: ChannelKind!) {\n    disconnectChannel(kind: $kind) {\n      canComplete\n    }\n  }\n": typeof types.DisconnectChannelDocument,
    "\n  mutation CompleteWizard {\n    completeWizard {\n      wizardComplete\n    }\n  }\n": typeof types.CompleteWizardDocument,
    "\n  fragment OrderCard on Order {\n    id\n    description\n    priceCents\n    status\n    createdAt\n    updatedAt\n    customer {\n      id\n      firstName\n      email\n    }\n    partner {\n      id\n      firstName\n      email\n    }\n    lastLocation {\n      latitude\n      longitude\n      at\n    }\n  }\n": typeof types.OrderCardFragmentDoc,
    "\n  subscription OrderFeed {\n    orderUpdates {\n      __typename\n      ... on RealtimeEvent {\n        at\n      }\n      ... on OrderCreated {\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderAssigned {\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderStatusChanged {\n        previousStatus\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderLocationUpdated {\n        orderId\n        location {\n          latitude\n          longitude\n          at\n        }\n      }\n      ... on PartnerEarningsUpdated {\n        orderId\n        amountCents\n        totalCents\n      }\n    }\n  }\n": typeof types.OrderFeedDocument,
    "\n  subscription OrderWatch($orderId: ID!) {\n    orderUpdates(orderId: $orderId) {\n      __typename\n      ... on RealtimeEvent {\n        at\n      }\n      ... on OrderSnapshot {\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderAssigned {\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderStatusChanged {\n        previousStatus\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderLocationUpdated {\n        location {\n          latitude\n          longitude\n          at\n        }\n      }\n    }\n  }\n": typeof types.OrderWatchDocument,
    "\n  query Orders {\n    orders {\n      ...OrderCard\n    }\n  }\n": typeof types.OrdersDocument,
    "\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOrderDocument,
    "\n  mutation UpdateOrderStatus($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      id\n    }\n  }\n": typeof types.UpdateOrderStatusDocument,
    "\n  mutation AssignOrder($orderId: ID!, $partnerId: ID!) {\n    assignOrder(orderId: $orderId, partnerId: $partnerId) {\n      id\n    }\n  }\n": typeof types.AssignOrderDocument,
    "\n  mutation ReportOrderLocation($orderId: ID!, $latitude: Float!, $longitude: Float!) {\n    reportOrderLocation(orderId: $orderId, latitude: $latitude, longitude: $longitude)\n  }\n": typeof types.ReportOrderLocationDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionParts\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionParts\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  fragment UploadCard on Upload {\n    id\n    transactionId\n    state\n    step\n    stepNumber\n    totalSteps\n    message\n    error\n    resultPath\n    createdAt\n    updatedAt\n  }\n": typeof types.UploadCardFragmentDoc,
    "\n  subscription UploadsStream {\n    uploadProgress {\n      __typename\n      ... on UploadStarted {\n        upload {\n          ...UploadCard\n        }\n      }\n      ... on UploadProgressed {\n        upload {\n          ...UploadCard\n        }\n      }\n      ... on UploadCompleted {\n        upload {\n          ...UploadCard\n        }\n      }\n      ... on UploadFailed {\n        upload {\n          ...UploadCard\n        }\n      }\n    }\n  }\n": typeof types.UploadsStreamDocument,
    "\n  query MyUploads {\n    uploads(first: 20) {\n      ...UploadCard\n    }\n  }\n": typeof types.MyUploadsDocument,
    "\n  mutation StartUpload($transactionId: String!) {\n    startUpload(transactionId: $transactionId) {\n      id\n    }\n  }\n": typeof types.StartUploadDocument,
};
const documents: Documents = {
    "\n  fragment SessionParts on AuthPayload {\n    token\n    expiresAt\n    user {\n      id\n      email\n      role\n      firstName\n    }\n  }\n": types.SessionPartsFragmentDoc,
    "\n  mutation RefreshToken {\n    refreshToken {\n      ...SessionParts\n    }\n  }\n": types.RefreshTokenDocument,
    "\n  fragment ChatMessage on Message {\n    id\n    conversationId\n    content\n    createdAt\n    sender {\n      id\n      firstName\n      email\n    }\n  }\n": types.ChatMessageFragmentDoc,
    "\n  fragment ChatConversation on Conversation {\n    id\n    title\n    unreadCount\n    createdAt\n    participants {\n      id\n      firstName\n      email\n    }\n    lastMessage {\n      ...ChatMessage\n    }\n  }\n": types.ChatConversationFragmentDoc,
    "\n  query Conversations {\n    conversations {\n      ...ChatConversation\n    }\n  }\n": types.ConversationsDocument,
    "\n  query OneConversation($id: ID!) {\n    conversation(id: $id) {\n      ...ChatConversation\n    }\n  }\n": types.OneConversationDocument,
    "\n  subscription ConversationActivity($conversationId: ID!) {\n    conversationMessages(conversationId: $conversationId) {\n      __typename\n      ... on MessageSent {\n        message {\n          ...ChatMessage\n        }\n      }\n      ... on MessagesRead {\n        lastReadMessageId\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.ConversationActivityDocument,
    "\n  subscription ThreadEvents($conversationId: ID!) {\n    conversationMessages(conversationId: $conversationId) {\n      __typename\n      ... on MessageSent {\n        message {\n          ...ChatMessage\n        }\n      }\n      ... on MessagesRead {\n        lastReadMessageId\n        user {\n          id\n        }\n      }\n      ... on TypingChanged {\n        isTyping\n        user {\n          id\n          firstName\n          email\n        }\n      }\n    }\n  }\n": types.ThreadEventsDocument,
    "\n  query Messages($conversationId: ID!) {\n    messages(conversationId: $conversationId, last: 50) {\n      edges {\n        node {\n          ...ChatMessage\n        }\n      }\n    }\n  }\n": types.MessagesDocument,
    "\n  subscription ChatNotifications {\n    notifications {\n      __typename\n      ... on NotificationCreated {\n        notification {\n          id\n          kind\n        }\n      }\n    }\n  }\n": types.ChatNotificationsDocument,
    "\n  mutation SendMessage($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n    }\n  }\n": types.SendMessageDocument,
    "\n  mutation SetTyping($conversationId: ID!, $isTyping: Boolean!) {\n    setTyping(conversationId: $conversationId, isTyping: $isTyping)\n  }\n": types.SetTypingDocument,
    "\n  mutation MarkConversationRead($conversationId: ID!) {\n    markConversationRead(conversationId: $conversationId)\n  }\n": types.MarkConversationReadDocument,
    "\n  mutation StartConversation($participantIds: [ID!]!, $title: String) {\n    startConversation(participantIds: $participantIds, title: $title) {\n      id\n    }\n  }\n": types.StartConversationDocument,
    "\n  subscription DashboardStream {\n    dashboardEvents {\n      __typename\n      ... on RealtimeEvent {\n        at\n      }\n      ... on DashboardSnapshot {\n        stats {\n          ...DashboardFigures\n        }\n        recentBusinesses {\n          ...FeedBusiness\n        }\n      }\n      ... on BusinessCreated {\n        stats {\n          ...DashboardFigures\n        }\n        business {\n          ...FeedBusiness\n        }\n      }\n      ... on UserRegistered {\n        stats {\n          ...DashboardFigures\n        }\n        user {\n          id\n          email\n          role\n          firstName\n        }\n      }\n    }\n  }\n": types.DashboardStreamDocument,
    "\n  fragment DashboardFigures on DashboardStats {\n    totalUsers\n    totalBusinesses\n    activeOrders\n    uploadsInProgress\n  }\n": types.DashboardFiguresFragmentDoc,
    "\n  fragment FeedBusiness on Business {\n    id\n    name\n    createdAt\n    owner {\n      id\n      email\n    }\n  }\n": types.FeedBusinessFragmentDoc,
    "\n  fragment BellNotification on Notification {\n    id\n    kind\n    title\n    message\n    createdAt\n    readAt\n  }\n": types.BellNotificationFragmentDoc,
    "\n  subscription BellStream {\n    notifications {\n      __typename\n      ... on RealtimeEvent {\n        at\n      }\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        unreadCount\n        notification {\n          ...BellNotification\n        }\n      }\n      ... on NotificationsRead {\n        ids\n        unreadCount\n      }\n    }\n  }\n": types.BellStreamDocument,
    "\n  query RecentNotifications {\n    notifications(first: 20) {\n      edges {\n        node {\n          ...BellNotification\n        }\n      }\n    }\n  }\n": types.RecentNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  mutation SendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n    }\n  }\n": types.SendNotificationDocument,
    "\n  mutation CreateBusiness($input: CreateBusinessInput!) {\n    createBusiness(input: $input) {\n      id\n    }\n  }\n": types.CreateBusinessDocument,
    "\n  fragment OnboardingStatus on WizardStatus {\n    canComplete\n    wizardComplete\n    missingFields\n    details {\n      firstName\n      lastName\n      phoneNumber\n      businessType\n      manualPrompt\n      instagramConnected\n      telegramConnected\n    }\n  }\n": types.OnboardingStatusFragmentDoc,
    "\n  subscription WizardStream {\n    wizardStatus {\n      ...OnboardingStatus\n    }\n  }\n": types.WizardStreamDocument,
    "\n  query OnboardingProfile {\n    me {\n      id\n      firstName\n      lastName\n      phoneNumber\n      businessType\n    }\n  }\n": types.OnboardingProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation SaveManualPrompt($text: String!) {\n    saveManualPrompt(text: $text) {\n      canComplete\n    }\n  }\n": types.SaveManualPromptDocument,
    "\n  mutation ConnectChannel($kind: ChannelKind!, $handle: String!) {\n    connectChannel(kind: $kind, handle: $handle) {\n      canComplete\n    }\n  }\n": types.ConnectChannelDocument,
    "\n  mutation DisconnectChannel($kind: ChannelKind!) {\n    disconnectChannel(kind: $kind) {\n      canComplete\n    }\n  }\n": types.DisconnectChannelDocument,
    "\n  mutation CompleteWizard {\n    completeWizard {\n      wizardComplete\n    }\n  }\n": types.CompleteWizardDocument,
    "\n  fragment OrderCard on Order {\n    id\n    description\n    priceCents\n    status\n    createdAt\n    updatedAt\n    customer {\n      id\n      firstName\n      email\n    }\n    partner {\n      id\n      firstName\n      email\n    }\n    lastLocation {\n      latitude\n      longitude\n      at\n    }\n  }\n": types.OrderCardFragmentDoc,
    "\n  subscription OrderFeed {\n    orderUpdates {\n      __typename\n      ... on RealtimeEvent {\n        at\n      }\n      ... on OrderCreated {\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderAssigned {\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderStatusChanged {\n        previousStatus\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderLocationUpdated {\n        orderId\n        location {\n          latitude\n          longitude\n          at\n        }\n      }\n      ... on PartnerEarningsUpdated {\n        orderId\n        amountCents\n        totalCents\n      }\n    }\n  }\n": types.OrderFeedDocument,
    "\n  subscription OrderWatch($orderId: ID!) {\n    orderUpdates(orderId: $orderId) {\n      __typename\n      ... on RealtimeEvent {\n        at\n      }\n      ... on OrderSnapshot {\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderAssigned {\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderStatusChanged {\n        previousStatus\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderLocationUpdated {\n        location {\n          latitude\n          longitude\n          at\n        }\n      }\n    }\n  }\n": types.OrderWatchDocument,
    "\n  query Orders {\n    orders {\n      ...OrderCard\n    }\n  }\n": types.OrdersDocument,
    "\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n    }\n  }\n": types.CreateOrderDocument,
    "\n  mutation UpdateOrderStatus($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      id\n    }\n  }\n": types.UpdateOrderStatusDocument,
    "\n  mutation AssignOrder($orderId: ID!, $partnerId: ID!) {\n    assignOrder(orderId: $orderId, partnerId: $partnerId) {\n      id\n    }\n  }\n": types.AssignOrderDocument,
    "\n  mutation ReportOrderLocation($orderId: ID!, $latitude: Float!, $longitude: Float!) {\n    reportOrderLocation(orderId: $orderId, latitude: $latitude, longitude: $longitude)\n  }\n": types.ReportOrderLocationDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionParts\n    }\n  }\n": types.LoginDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionParts\n    }\n  }\n": types.SignUpDocument,
    "\n  fragment UploadCard on Upload {\n    id\n    transactionId\n    state\n    step\n    stepNumber\n    totalSteps\n    message\n    error\n    resultPath\n    createdAt\n    updatedAt\n  }\n": types.UploadCardFragmentDoc,
    "\n  subscription UploadsStream {\n    uploadProgress {\n      __typename\n      ... on UploadStarted {\n        upload {\n          ...UploadCard\n        }\n      }\n      ... on UploadProgressed {\n        upload {\n          ...UploadCard\n        }\n      }\n      ... on UploadCompleted {\n        upload {\n          ...UploadCard\n        }\n      }\n      ... on UploadFailed {\n        upload {\n          ...UploadCard\n        }\n      }\n    }\n  }\n": types.UploadsStreamDocument,
    "\n  query MyUploads {\n    uploads(first: 20) {\n      ...UploadCard\n    }\n  }\n": types.MyUploadsDocument,
    "\n  mutation StartUpload($transactionId: String!) {\n    startUpload(transactionId: $transactionId) {\n      id\n    }\n  }\n": types.StartUploadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionParts on AuthPayload {\n    token\n    expiresAt\n    user {\n      id\n      email\n      role\n      firstName\n    }\n  }\n"): (typeof documents)["\n  fragment SessionParts on AuthPayload {\n    token\n    expiresAt\n    user {\n      id\n      email\n      role\n      firstName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshToken {\n    refreshToken {\n      ...SessionParts\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshToken {\n    refreshToken {\n      ...SessionParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatMessage on Message {\n    id\n    conversationId\n    content\n    createdAt\n    sender {\n      id\n      firstName\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment ChatMessage on Message {\n    id\n    conversationId\n    content\n    createdAt\n    sender {\n      id\n      firstName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatConversation on Conversation {\n    id\n    title\n    unreadCount\n    createdAt\n    participants {\n      id\n      firstName\n      email\n    }\n    lastMessage {\n      ...ChatMessage\n    }\n  }\n"): (typeof documents)["\n  fragment ChatConversation on Conversation {\n    id\n    title\n    unreadCount\n    createdAt\n    participants {\n      id\n      firstName\n      email\n    }\n    lastMessage {\n      ...ChatMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversations {\n    conversations {\n      ...ChatConversation\n    }\n  }\n"): (typeof documents)["\n  query Conversations {\n    conversations {\n      ...ChatConversation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OneConversation($id: ID!) {\n    conversation(id: $id) {\n      ...ChatConversation\n    }\n  }\n"): (typeof documents)["\n  query OneConversation($id: ID!) {\n    conversation(id: $id) {\n      ...ChatConversation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConversationActivity($conversationId: ID!) {\n    conversationMessages(conversationId: $conversationId) {\n      __typename\n      ... on MessageSent {\n        message {\n          ...ChatMessage\n        }\n      }\n      ... on MessagesRead {\n        lastReadMessageId\n        user {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ConversationActivity($conversationId: ID!) {\n    conversationMessages(conversationId: $conversationId) {\n      __typename\n      ... on MessageSent {\n        message {\n          ...ChatMessage\n        }\n      }\n      ... on MessagesRead {\n        lastReadMessageId\n        user {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ThreadEvents($conversationId: ID!) {\n    conversationMessages(conversationId: $conversationId) {\n      __typename\n      ... on MessageSent {\n        message {\n          ...ChatMessage\n        }\n      }\n      ... on MessagesRead {\n        lastReadMessageId\n        user {\n          id\n        }\n      }\n      ... on TypingChanged {\n        isTyping\n        user {\n          id\n          firstName\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ThreadEvents($conversationId: ID!) {\n    conversationMessages(conversationId: $conversationId) {\n      __typename\n      ... on MessageSent {\n        message {\n          ...ChatMessage\n        }\n      }\n      ... on MessagesRead {\n        lastReadMessageId\n        user {\n          id\n        }\n      }\n      ... on TypingChanged {\n        isTyping\n        user {\n          id\n          firstName\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Messages($conversationId: ID!) {\n    messages(conversationId: $conversationId, last: 50) {\n      edges {\n        node {\n          ...ChatMessage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Messages($conversationId: ID!) {\n    messages(conversationId: $conversationId, last: 50) {\n      edges {\n        node {\n          ...ChatMessage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatNotifications {\n    notifications {\n      __typename\n      ... on NotificationCreated {\n        notification {\n          id\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ChatNotifications {\n    notifications {\n      __typename\n      ... on NotificationCreated {\n        notification {\n          id\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTyping($conversationId: ID!, $isTyping: Boolean!) {\n    setTyping(conversationId: $conversationId, isTyping: $isTyping)\n  }\n"): (typeof documents)["\n  mutation SetTyping($conversationId: ID!, $isTyping: Boolean!) {\n    setTyping(conversationId: $conversationId, isTyping: $isTyping)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkConversationRead($conversationId: ID!) {\n    markConversationRead(conversationId: $conversationId)\n  }\n"): (typeof documents)["\n  mutation MarkConversationRead($conversationId: ID!) {\n    markConversationRead(conversationId: $conversationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartConversation($participantIds: [ID!]!, $title: String) {\n    startConversation(participantIds: $participantIds, title: $title) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartConversation($participantIds: [ID!]!, $title: String) {\n    startConversation(participantIds: $participantIds, title: $title) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardStream {\n    dashboardEvents {\n      __typename\n      ... on RealtimeEvent {\n        at\n      }\n      ... on DashboardSnapshot {\n        stats {\n          ...DashboardFigures\n        }\n        recentBusinesses {\n          ...FeedBusiness\n        }\n      }\n      ... on BusinessCreated {\n        stats {\n          ...DashboardFigures\n        }\n        business {\n          ...FeedBusiness\n        }\n      }\n      ... on UserRegistered {\n        stats {\n          ...DashboardFigures\n        }\n        user {\n          id\n          email\n          role\n          firstName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardStream {\n    dashboardEvents {\n      __typename\n      ... on RealtimeEvent {\n        at\n      }\n      ... on DashboardSnapshot {\n        stats {\n          ...DashboardFigures\n        }\n        recentBusinesses {\n          ...FeedBusiness\n        }\n      }\n      ... on BusinessCreated {\n        stats {\n          ...DashboardFigures\n        }\n        business {\n          ...FeedBusiness\n        }\n      }\n      ... on UserRegistered {\n        stats {\n          ...DashboardFigures\n        }\n        user {\n          id\n          email\n          role\n          firstName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardFigures on DashboardStats {\n    totalUsers\n    totalBusinesses\n    activeOrders\n    uploadsInProgress\n  }\n"): (typeof documents)["\n  fragment DashboardFigures on DashboardStats {\n    totalUsers\n    totalBusinesses\n    activeOrders\n    uploadsInProgress\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedBusiness on Business {\n    id\n    name\n    createdAt\n    owner {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment FeedBusiness on Business {\n    id\n    name\n    createdAt\n    owner {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BellNotification on Notification {\n    id\n    kind\n    title\n    message\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment BellNotification on Notification {\n    id\n    kind\n    title\n    message\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BellStream {\n    notifications {\n      __typename\n      ... on RealtimeEvent {\n        at\n      }\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        unreadCount\n        notification {\n          ...BellNotification\n        }\n      }\n      ... on NotificationsRead {\n        ids\n        unreadCount\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription BellStream {\n    notifications {\n      __typename\n      ... on RealtimeEvent {\n        at\n      }\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        unreadCount\n        notification {\n          ...BellNotification\n        }\n      }\n      ... on NotificationsRead {\n        ids\n        unreadCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentNotifications {\n    notifications(first: 20) {\n      edges {\n        node {\n          ...BellNotification\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecentNotifications {\n    notifications(first: 20) {\n      edges {\n        node {\n          ...BellNotification\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBusiness($input: CreateBusinessInput!) {\n    createBusiness(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBusiness($input: CreateBusinessInput!) {\n    createBusiness(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OnboardingStatus on WizardStatus {\n    canComplete\n    wizardComplete\n    missingFields\n    details {\n      firstName\n      lastName\n      phoneNumber\n      businessType\n      manualPrompt\n      instagramConnected\n      telegramConnected\n    }\n  }\n"): (typeof documents)["\n  fragment OnboardingStatus on WizardStatus {\n    canComplete\n    wizardComplete\n    missingFields\n    details {\n      firstName\n      lastName\n      phoneNumber\n      businessType\n      manualPrompt\n      instagramConnected\n      telegramConnected\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WizardStream {\n    wizardStatus {\n      ...OnboardingStatus\n    }\n  }\n"): (typeof documents)["\n  subscription WizardStream {\n    wizardStatus {\n      ...OnboardingStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnboardingProfile {\n    me {\n      id\n      firstName\n      lastName\n      phoneNumber\n      businessType\n    }\n  }\n"): (typeof documents)["\n  query OnboardingProfile {\n    me {\n      id\n      firstName\n      lastName\n      phoneNumber\n      businessType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveManualPrompt($text: String!) {\n    saveManualPrompt(text: $text) {\n      canComplete\n    }\n  }\n"): (typeof documents)["\n  mutation SaveManualPrompt($text: String!) {\n    saveManualPrompt(text: $text) {\n      canComplete\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectChannel($kind: ChannelKind!, $handle: String!) {\n    connectChannel(kind: $kind, handle: $handle) {\n      canComplete\n    }\n  }\n"): (typeof documents)["\n  mutation ConnectChannel($kind: ChannelKind!, $handle: String!) {\n    connectChannel(kind: $kind, handle: $handle) {\n      canComplete\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisconnectChannel($kind: ChannelKind!) {\n    disconnectChannel(kind: $kind) {\n      canComplete\n    }\n  }\n"): (typeof documents)["\n  mutation DisconnectChannel($kind: ChannelKind!) {\n    disconnectChannel(kind: $kind) {\n      canComplete\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteWizard {\n    completeWizard {\n      wizardComplete\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteWizard {\n    completeWizard {\n      wizardComplete\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderCard on Order {\n    id\n    description\n    priceCents\n    status\n    createdAt\n    updatedAt\n    customer {\n      id\n      firstName\n      email\n    }\n    partner {\n      id\n      firstName\n      email\n    }\n    lastLocation {\n      latitude\n      longitude\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment OrderCard on Order {\n    id\n    description\n    priceCents\n    status\n    createdAt\n    updatedAt\n    customer {\n      id\n      firstName\n      email\n    }\n    partner {\n      id\n      firstName\n      email\n    }\n    lastLocation {\n      latitude\n      longitude\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrderFeed {\n    orderUpdates {\n      __typename\n      ... on RealtimeEvent {\n        at\n      }\n      ... on OrderCreated {\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderAssigned {\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderStatusChanged {\n        previousStatus\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderLocationUpdated {\n        orderId\n        location {\n          latitude\n          longitude\n          at\n        }\n      }\n      ... on PartnerEarningsUpdated {\n        orderId\n        amountCents\n        totalCents\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription OrderFeed {\n    orderUpdates {\n      __typename\n      ... on RealtimeEvent {\n        at\n      }\n      ... on OrderCreated {\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderAssigned {\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderStatusChanged {\n        previousStatus\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderLocationUpdated {\n        orderId\n        location {\n          latitude\n          longitude\n          at\n        }\n      }\n      ... on PartnerEarningsUpdated {\n        orderId\n        amountCents\n        totalCents\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrderWatch($orderId: ID!) {\n    orderUpdates(orderId: $orderId) {\n      __typename\n      ... on RealtimeEvent {\n        at\n      }\n      ... on OrderSnapshot {\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderAssigned {\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderStatusChanged {\n        previousStatus\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderLocationUpdated {\n        location {\n          latitude\n          longitude\n          at\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription OrderWatch($orderId: ID!) {\n    orderUpdates(orderId: $orderId) {\n      __typename\n      ... on RealtimeEvent {\n        at\n      }\n      ... on OrderSnapshot {\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderAssigned {\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderStatusChanged {\n        previousStatus\n        order {\n          ...OrderCard\n        }\n      }\n      ... on OrderLocationUpdated {\n        location {\n          latitude\n          longitude\n          at\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Orders {\n    orders {\n      ...OrderCard\n    }\n  }\n"): (typeof documents)["\n  query Orders {\n    orders {\n      ...OrderCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrderStatus($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrderStatus($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignOrder($orderId: ID!, $partnerId: ID!) {\n    assignOrder(orderId: $orderId, partnerId: $partnerId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssignOrder($orderId: ID!, $partnerId: ID!) {\n    assignOrder(orderId: $orderId, partnerId: $partnerId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportOrderLocation($orderId: ID!, $latitude: Float!, $longitude: Float!) {\n    reportOrderLocation(orderId: $orderId, latitude: $latitude, longitude: $longitude)\n  }\n"): (typeof documents)["\n  mutation ReportOrderLocation($orderId: ID!, $latitude: Float!, $longitude: Float!) {\n    reportOrderLocation(orderId: $orderId, latitude: $latitude, longitude: $longitude)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionParts\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionParts\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UploadCard on Upload {\n    id\n    transactionId\n    state\n    step\n    stepNumber\n    totalSteps\n    message\n    error\n    resultPath\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment UploadCard on Upload {\n    id\n    transactionId\n    state\n    step\n    stepNumber\n    totalSteps\n    message\n    error\n    resultPath\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription UploadsStream {\n    uploadProgress {\n      __typename\n      ... on UploadStarted {\n        upload {\n          ...UploadCard\n        }\n      }\n      ... on UploadProgressed {\n        upload {\n          ...UploadCard\n        }\n      }\n      ... on UploadCompleted {\n        upload {\n          ...UploadCard\n        }\n      }\n      ... on UploadFailed {\n        upload {\n          ...UploadCard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription UploadsStream {\n    uploadProgress {\n      __typename\n      ... on UploadStarted {\n        upload {\n          ...UploadCard\n        }\n      }\n      ... on UploadProgressed {\n        upload {\n          ...UploadCard\n        }\n      }\n      ... on UploadCompleted {\n        upload {\n          ...UploadCard\n        }\n      }\n      ... on UploadFailed {\n        upload {\n          ...UploadCard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyUploads {\n    uploads(first: 20) {\n      ...UploadCard\n    }\n  }\n"): (typeof documents)["\n  query MyUploads {\n    uploads(first: 20) {\n      ...UploadCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartUpload($transactionId: String!) {\n    startUpload(transactionId: $transactionId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartUpload($transactionId: String!) {\n    startUpload(transactionId: $transactionId) {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;