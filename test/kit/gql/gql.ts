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
    "\n  query Me {\n    me {\n      id\n      email\n      role\n      firstName\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignUpUser($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": typeof types.SignUpUserDocument,
    "\n  mutation LoginUser($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        email\n      }\n    }\n  }\n": typeof types.LoginUserDocument,
    "\n  mutation CreateAdmin($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      role\n      email\n    }\n  }\n": typeof types.CreateAdminDocument,
    "\n  mutation Refresh {\n    refreshToken {\n      token\n      expiresAt\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  subscription UnreadStream {\n    notifications {\n      __typename\n    }\n  }\n": typeof types.UnreadStreamDocument,
    "\n  subscription ApolloNotifications {\n    notifications {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n      }\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        unreadCount\n        notification {\n          id\n          title\n          message\n          readAt\n        }\n      }\n      ... on NotificationsRead {\n        ids\n        unreadCount\n      }\n    }\n  }\n": typeof types.ApolloNotificationsDocument,
    "\n  mutation ApolloSendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.ApolloSendNotificationDocument,
    "\n  query ApolloUnreadCount {\n    unreadNotificationCount\n  }\n": typeof types.ApolloUnreadCountDocument,
    "\n  subscription UrqlNotifications {\n    notifications {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n      }\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        unreadCount\n        notification {\n          id\n          title\n          message\n          readAt\n        }\n      }\n      ... on NotificationsRead {\n        ids\n        unreadCount\n      }\n    }\n  }\n": typeof types.UrqlNotificationsDocument,
    "\n  mutation UrqlSendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.UrqlSendNotificationDocument,
    "\n  query UrqlUnreadCount {\n    unreadNotificationCount\n  }\n": typeof types.UrqlUnreadCountDocument,
    "\n  mutation UrqlMarkAllRead {\n    markAllNotificationsRead\n  }\n": typeof types.UrqlMarkAllReadDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  subscription CrossInstanceStream($after: String) {\n    notifications(after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n      }\n      ... on NotificationCreated {\n        notification {\n          title\n        }\n      }\n    }\n  }\n": typeof types.CrossInstanceStreamDocument,
    "\n  mutation CrossInstanceSend($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n    }\n  }\n": typeof types.CrossInstanceSendDocument,
    "\n  subscription NotificationStream($after: String) {\n    notifications(after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        unreadCount\n        notification {\n          id\n          title\n          message\n          kind\n          readAt\n          createdAt\n        }\n      }\n      ... on NotificationsRead {\n        ids\n        unreadCount\n      }\n    }\n  }\n": typeof types.NotificationStreamDocument,
    "\n  mutation SendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n      readAt\n    }\n  }\n": typeof types.SendNotificationDocument,
    "\n  mutation MarkRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkReadDocument,
    "\n  mutation MarkAllRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllReadDocument,
    "\n  query NotificationPage($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n": typeof types.NotificationPageDocument,
    "\n  mutation ProcessSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": typeof types.ProcessSignUpDocument,
    "\n  mutation ProcessLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        email\n      }\n    }\n  }\n": typeof types.ProcessLoginDocument,
    "\n  subscription ProcessStream {\n    notifications {\n      __typename\n    }\n  }\n": typeof types.ProcessStreamDocument,
    "\n  query TransportMe {\n    me {\n      id\n      email\n    }\n  }\n": typeof types.TransportMeDocument,
    "\n  subscription TransportUnread {\n    notifications {\n      __typename\n      ... on UnreadCount {\n        unreadCount\n      }\n    }\n  }\n": typeof types.TransportUnreadDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      role\n      firstName\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignUpUser($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": types.SignUpUserDocument,
    "\n  mutation LoginUser($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        email\n      }\n    }\n  }\n": types.LoginUserDocument,
    "\n  mutation CreateAdmin($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      role\n      email\n    }\n  }\n": types.CreateAdminDocument,
    "\n  mutation Refresh {\n    refreshToken {\n      token\n      expiresAt\n    }\n  }\n": types.RefreshDocument,
    "\n  subscription UnreadStream {\n    notifications {\n      __typename\n    }\n  }\n": types.UnreadStreamDocument,
    "\n  subscription ApolloNotifications {\n    notifications {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n      }\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        unreadCount\n        notification {\n          id\n          title\n          message\n          readAt\n        }\n      }\n      ... on NotificationsRead {\n        ids\n        unreadCount\n      }\n    }\n  }\n": types.ApolloNotificationsDocument,
    "\n  mutation ApolloSendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n    }\n  }\n": types.ApolloSendNotificationDocument,
    "\n  query ApolloUnreadCount {\n    unreadNotificationCount\n  }\n": types.ApolloUnreadCountDocument,
    "\n  subscription UrqlNotifications {\n    notifications {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n      }\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        unreadCount\n        notification {\n          id\n          title\n          message\n          readAt\n        }\n      }\n      ... on NotificationsRead {\n        ids\n        unreadCount\n      }\n    }\n  }\n": types.UrqlNotificationsDocument,
    "\n  mutation UrqlSendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n    }\n  }\n": types.UrqlSendNotificationDocument,
    "\n  query UrqlUnreadCount {\n    unreadNotificationCount\n  }\n": types.UrqlUnreadCountDocument,
    "\n  mutation UrqlMarkAllRead {\n    markAllNotificationsRead\n  }\n": types.UrqlMarkAllReadDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.CreateUserDocument,
    "\n  subscription CrossInstanceStream($after: String) {\n    notifications(after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n      }\n      ... on NotificationCreated {\n        notification {\n          title\n        }\n      }\n    }\n  }\n": types.CrossInstanceStreamDocument,
    "\n  mutation CrossInstanceSend($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n    }\n  }\n": types.CrossInstanceSendDocument,
    "\n  subscription NotificationStream($after: String) {\n    notifications(after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        unreadCount\n        notification {\n          id\n          title\n          message\n          kind\n          readAt\n          createdAt\n        }\n      }\n      ... on NotificationsRead {\n        ids\n        unreadCount\n      }\n    }\n  }\n": types.NotificationStreamDocument,
    "\n  mutation SendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n      readAt\n    }\n  }\n": types.SendNotificationDocument,
    "\n  mutation MarkRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkReadDocument,
    "\n  mutation MarkAllRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllReadDocument,
    "\n  query NotificationPage($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n": types.NotificationPageDocument,
    "\n  mutation ProcessSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": types.ProcessSignUpDocument,
    "\n  mutation ProcessLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        email\n      }\n    }\n  }\n": types.ProcessLoginDocument,
    "\n  subscription ProcessStream {\n    notifications {\n      __typename\n    }\n  }\n": types.ProcessStreamDocument,
    "\n  query TransportMe {\n    me {\n      id\n      email\n    }\n  }\n": types.TransportMeDocument,
    "\n  subscription TransportUnread {\n    notifications {\n      __typename\n      ... on UnreadCount {\n        unreadCount\n      }\n    }\n  }\n": types.TransportUnreadDocument,
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
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      role\n      firstName\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      role\n      firstName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpUser($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUpUser($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginUser($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LoginUser($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAdmin($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      role\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAdmin($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      role\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh {\n    refreshToken {\n      token\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation Refresh {\n    refreshToken {\n      token\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription UnreadStream {\n    notifications {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  subscription UnreadStream {\n    notifications {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ApolloNotifications {\n    notifications {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n      }\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        unreadCount\n        notification {\n          id\n          title\n          message\n          readAt\n        }\n      }\n      ... on NotificationsRead {\n        ids\n        unreadCount\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ApolloNotifications {\n    notifications {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n      }\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        unreadCount\n        notification {\n          id\n          title\n          message\n          readAt\n        }\n      }\n      ... on NotificationsRead {\n        ids\n        unreadCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApolloSendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation ApolloSendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApolloUnreadCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query ApolloUnreadCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription UrqlNotifications {\n    notifications {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n      }\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        unreadCount\n        notification {\n          id\n          title\n          message\n          readAt\n        }\n      }\n      ... on NotificationsRead {\n        ids\n        unreadCount\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription UrqlNotifications {\n    notifications {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n      }\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        unreadCount\n        notification {\n          id\n          title\n          message\n          readAt\n        }\n      }\n      ... on NotificationsRead {\n        ids\n        unreadCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UrqlSendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation UrqlSendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UrqlUnreadCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UrqlUnreadCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UrqlMarkAllRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation UrqlMarkAllRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CrossInstanceStream($after: String) {\n    notifications(after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n      }\n      ... on NotificationCreated {\n        notification {\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CrossInstanceStream($after: String) {\n    notifications(after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n      }\n      ... on NotificationCreated {\n        notification {\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrossInstanceSend($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CrossInstanceSend($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationStream($after: String) {\n    notifications(after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        unreadCount\n        notification {\n          id\n          title\n          message\n          kind\n          readAt\n          createdAt\n        }\n      }\n      ... on NotificationsRead {\n        ids\n        unreadCount\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationStream($after: String) {\n    notifications(after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        unreadCount\n        notification {\n          id\n          title\n          message\n          kind\n          readAt\n          createdAt\n        }\n      }\n      ... on NotificationsRead {\n        ids\n        unreadCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation SendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPage($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query NotificationPage($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProcessSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ProcessSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProcessLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProcessLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProcessStream {\n    notifications {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  subscription ProcessStream {\n    notifications {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransportMe {\n    me {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  query TransportMe {\n    me {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TransportUnread {\n    notifications {\n      __typename\n      ... on UnreadCount {\n        unreadCount\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TransportUnread {\n    notifications {\n      __typename\n      ... on UnreadCount {\n        unreadCount\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;