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
    "\n  mutation ClientTokensRefresh {\n    refreshToken {\n      token\n    }\n  }\n": typeof types.ClientTokensRefreshDocument,
    "\n  mutation ClientTokensLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.ClientTokensLoginDocument,
    "\n  mutation ClientTokensRevoke($userId: ID!) {\n    revokeSessions(userId: $userId)\n  }\n": typeof types.ClientTokensRevokeDocument,
    "\n  subscription ClientNotifications {\n    notifications {\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        notification {\n          title\n        }\n      }\n    }\n  }\n": typeof types.ClientNotificationsDocument,
    "\n  mutation ClientSendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.ClientSendNotificationDocument,
    "\n  query ClientUnreadCount {\n    unreadNotificationCount\n  }\n": typeof types.ClientUnreadCountDocument,
    "\n  mutation UrqlMarkAllRead {\n    markAllNotificationsRead\n  }\n": typeof types.UrqlMarkAllReadDocument,
    "\n  query StatementsConversations {\n    conversations {\n      id\n      title\n      createdAt\n      unreadCount\n      participants {\n        id\n        email\n        firstName\n      }\n      lastMessage {\n        id\n        content\n        createdAt\n        sender {\n          id\n          email\n        }\n      }\n    }\n  }\n": typeof types.StatementsConversationsDocument,
    "\n  mutation StatementsStart($participantIds: [ID!]!) {\n    startConversation(participantIds: $participantIds) {\n      id\n    }\n  }\n": typeof types.StatementsStartDocument,
    "\n  mutation StatementsSend($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n    }\n  }\n": typeof types.StatementsSendDocument,
    "\n  mutation ConversationsCrossStart($participantIds: [ID!]!) {\n    startConversation(participantIds: $participantIds) {\n      id\n    }\n  }\n": typeof types.ConversationsCrossStartDocument,
    "\n  mutation ConversationsCrossSend($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n      content\n    }\n  }\n": typeof types.ConversationsCrossSendDocument,
    "\n  mutation ConversationsCrossTyping($conversationId: ID!, $isTyping: Boolean!) {\n    setTyping(conversationId: $conversationId, isTyping: $isTyping)\n  }\n": typeof types.ConversationsCrossTypingDocument,
    "\n  mutation ConversationsCrossLeave($conversationId: ID!) {\n    leaveConversation(conversationId: $conversationId)\n  }\n": typeof types.ConversationsCrossLeaveDocument,
    "\n  subscription ConversationsSenderContacts($conversationId: ID!) {\n    conversationMessages(conversationId: $conversationId) {\n      __typename\n      ... on MessageSent {\n        message {\n          content\n          sender {\n            id\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConversationsSenderContactsDocument,
    "\n  mutation ConversationsStart($participantIds: [ID!]!, $title: String) {\n    startConversation(participantIds: $participantIds, title: $title) {\n      id\n      title\n      createdAt\n      unreadCount\n      lastMessage {\n        id\n      }\n      participants {\n        id\n      }\n    }\n  }\n": typeof types.ConversationsStartDocument,
    "\n  mutation ConversationsSend($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n      conversationId\n      content\n      createdAt\n      sender {\n        id\n      }\n    }\n  }\n": typeof types.ConversationsSendDocument,
    "\n  mutation ConversationsSetTyping($conversationId: ID!, $isTyping: Boolean!) {\n    setTyping(conversationId: $conversationId, isTyping: $isTyping)\n  }\n": typeof types.ConversationsSetTypingDocument,
    "\n  mutation ConversationsMarkRead($conversationId: ID!) {\n    markConversationRead(conversationId: $conversationId)\n  }\n": typeof types.ConversationsMarkReadDocument,
    "\n  mutation ConversationsLeave($conversationId: ID!) {\n    leaveConversation(conversationId: $conversationId)\n  }\n": typeof types.ConversationsLeaveDocument,
    "\n  query ConversationsOne($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      unreadCount\n      participants {\n        id\n      }\n      lastMessage {\n        id\n        content\n        sender {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ConversationsOneDocument,
    "\n  query ConversationsList($first: Int) {\n    conversations(first: $first) {\n      id\n      unreadCount\n    }\n  }\n": typeof types.ConversationsListDocument,
    "\n  query ConversationsMessages($conversationId: ID!, $last: Int, $before: String) {\n    messages(conversationId: $conversationId, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          id\n          content\n          sender {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": typeof types.ConversationsMessagesDocument,
    "\n  mutation DashboardCrossInstanceCreate($input: CreateBusinessInput!) {\n    createBusiness(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardCrossInstanceCreateDocument,
    "\n  mutation DashboardCreateBusiness($input: CreateBusinessInput!) {\n    createBusiness(input: $input) {\n      id\n      name\n      createdAt\n      owner {\n        id\n        email\n      }\n    }\n  }\n": typeof types.DashboardCreateBusinessDocument,
    "\n  query DashboardCurrentStats {\n    dashboardStats {\n      totalUsers\n      totalBusinesses\n      activeOrders\n      uploadsInProgress\n    }\n  }\n": typeof types.DashboardCurrentStatsDocument,
    "\n  query DashboardBusinessList {\n    businesses {\n      id\n      name\n      owner {\n        id\n        email\n      }\n    }\n  }\n": typeof types.DashboardBusinessListDocument,
    "\n  subscription DeploymentsDashboard {\n    dashboardEvents {\n      __typename\n      ... on UserRegistered {\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DeploymentsDashboardDocument,
    "\n  mutation HostileTextStartConversation($participantIds: [ID!]!) {\n    startConversation(participantIds: $participantIds) {\n      id\n    }\n  }\n": typeof types.HostileTextStartConversationDocument,
    "\n  mutation HostileTextCreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n    }\n  }\n": typeof types.HostileTextCreateOrderDocument,
    "\n  mutation HostileTextStartUpload($transactionId: String!) {\n    startUpload(transactionId: $transactionId) {\n      id\n    }\n  }\n": typeof types.HostileTextStartUploadDocument,
    "\n  query HostileTextMe {\n    me {\n      id\n    }\n  }\n": typeof types.HostileTextMeDocument,
    "\n  query HostileTypename {\n    __typename\n  }\n": typeof types.HostileTypenameDocument,
    "\n  mutation InstanceLossSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": typeof types.InstanceLossSignUpDocument,
    "\n  mutation InstanceLossLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.InstanceLossLoginDocument,
    "\n  mutation KitStartConversation($participantIds: [ID!]!) {\n    startConversation(participantIds: $participantIds) {\n      id\n    }\n  }\n": typeof types.KitStartConversationDocument,
    "\n  mutation KitSendMessage($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n      content\n    }\n  }\n": typeof types.KitSendMessageDocument,
    "\n  subscription NotificationStream($after: String) {\n    notifications(after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        unreadCount\n        notification {\n          id\n          title\n          message\n          kind\n          readAt\n          createdAt\n        }\n      }\n      ... on NotificationsRead {\n        ids\n        unreadCount\n      }\n    }\n  }\n": typeof types.NotificationStreamDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query RecentNotifications($first: Int!) {\n    notifications(first: $first) {\n      totalCount\n      edges {\n        node {\n          kind\n          title\n          message\n        }\n      }\n    }\n  }\n": typeof types.RecentNotificationsDocument,
    "\n  subscription ConversationStream($conversationId: ID!, $after: String) {\n    conversationMessages(conversationId: $conversationId, after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on MessageSent {\n        message {\n          id\n          conversationId\n          content\n          createdAt\n          sender {\n            id\n            firstName\n          }\n        }\n      }\n      ... on TypingChanged {\n        isTyping\n        user {\n          id\n        }\n      }\n      ... on MessagesRead {\n        lastReadMessageId\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ConversationStreamDocument,
    "\n  subscription DashboardStream($after: String) {\n    dashboardEvents(after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on DashboardSnapshot {\n        stats {\n          totalUsers\n          totalBusinesses\n          activeOrders\n          uploadsInProgress\n        }\n        recentBusinesses {\n          id\n          name\n          createdAt\n          owner {\n            id\n            email\n          }\n        }\n      }\n      ... on BusinessCreated {\n        stats {\n          totalUsers\n          totalBusinesses\n          activeOrders\n          uploadsInProgress\n        }\n        business {\n          id\n          name\n          createdAt\n          owner {\n            id\n            email\n          }\n        }\n      }\n      ... on UserRegistered {\n        stats {\n          totalUsers\n          totalBusinesses\n          activeOrders\n          uploadsInProgress\n        }\n        user {\n          id\n          email\n          role\n          firstName\n        }\n      }\n    }\n  }\n": typeof types.DashboardStreamDocument,
    "\n  subscription OrderStream($orderId: ID, $after: String) {\n    orderUpdates(orderId: $orderId, after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on OrderSnapshot {\n        order {\n          id\n          status\n          partner {\n            id\n          }\n        }\n      }\n      ... on OrderCreated {\n        order {\n          id\n          status\n          description\n        }\n      }\n      ... on OrderStatusChanged {\n        previousStatus\n        order {\n          id\n          status\n        }\n      }\n      ... on OrderAssigned {\n        order {\n          id\n          status\n          partner {\n            id\n          }\n        }\n      }\n      ... on OrderLocationUpdated {\n        orderId\n        location {\n          latitude\n          longitude\n          at\n        }\n      }\n      ... on PartnerEarningsUpdated {\n        orderId\n        amountCents\n        totalCents\n      }\n    }\n  }\n": typeof types.OrderStreamDocument,
    "\n  subscription UploadStream($uploadId: ID, $after: String) {\n    uploadProgress(uploadId: $uploadId, after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on UploadSnapshot {\n        upload {\n          id\n          state\n          step\n          stepNumber\n          totalSteps\n          message\n        }\n      }\n      ... on UploadStarted {\n        upload {\n          id\n          transactionId\n          state\n          step\n          stepNumber\n          totalSteps\n          owner {\n            id\n          }\n        }\n      }\n      ... on UploadProgressed {\n        upload {\n          id\n          state\n          step\n          stepNumber\n          message\n        }\n      }\n      ... on UploadCompleted {\n        upload {\n          id\n          state\n          resultPath\n        }\n      }\n      ... on UploadFailed {\n        upload {\n          id\n          state\n          error\n        }\n      }\n    }\n  }\n": typeof types.UploadStreamDocument,
    "\n  fragment WizardStatusParts on WizardStatus {\n    __typename\n    cursor\n    at\n    wizardComplete\n    canComplete\n    missingFields\n    details {\n      firstName\n      lastName\n      phoneNumber\n      businessType\n      manualPrompt\n      channelConnected\n      instagramConnected\n      telegramConnected\n    }\n  }\n": typeof types.WizardStatusPartsFragmentDoc,
    "\n  subscription WizardStream($after: String) {\n    wizardStatus(after: $after) {\n      ...WizardStatusParts\n    }\n  }\n": typeof types.WizardStreamDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation KitSendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.KitSendNotificationDocument,
    "\n  mutation SendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n      readAt\n    }\n  }\n": typeof types.SendNotificationDocument,
    "\n  query NotificationPage($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n": typeof types.NotificationPageDocument,
    "\n  mutation OrdersCrossInstanceCreate($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n    }\n  }\n": typeof types.OrdersCrossInstanceCreateDocument,
    "\n  mutation OrdersCrossInstanceAssign($orderId: ID!, $partnerId: ID!) {\n    assignOrder(orderId: $orderId, partnerId: $partnerId) {\n      id\n    }\n  }\n": typeof types.OrdersCrossInstanceAssignDocument,
    "\n  mutation OrdersCrossInstanceMove($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      id\n    }\n  }\n": typeof types.OrdersCrossInstanceMoveDocument,
    "\n  mutation OrdersCrossInstanceLocate($orderId: ID!, $latitude: Float!, $longitude: Float!) {\n    reportOrderLocation(orderId: $orderId, latitude: $latitude, longitude: $longitude)\n  }\n": typeof types.OrdersCrossInstanceLocateDocument,
    "\n  mutation OrdersCreate($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n      status\n      description\n      priceCents\n      partner {\n        id\n      }\n      customer {\n        id\n      }\n      lastLocation {\n        latitude\n      }\n      createdAt\n      updatedAt\n    }\n  }\n": typeof types.OrdersCreateDocument,
    "\n  mutation OrdersAssign($orderId: ID!, $partnerId: ID!) {\n    assignOrder(orderId: $orderId, partnerId: $partnerId) {\n      id\n      status\n      partner {\n        id\n      }\n    }\n  }\n": typeof types.OrdersAssignDocument,
    "\n  mutation OrdersUpdateStatus($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      id\n      status\n    }\n  }\n": typeof types.OrdersUpdateStatusDocument,
    "\n  mutation OrdersReportLocation($orderId: ID!, $latitude: Float!, $longitude: Float!) {\n    reportOrderLocation(orderId: $orderId, latitude: $latitude, longitude: $longitude)\n  }\n": typeof types.OrdersReportLocationDocument,
    "\n  query OrdersOne($id: ID!) {\n    order(id: $id) {\n      id\n      status\n      customer {\n        id\n        email\n      }\n      partner {\n        id\n        email\n      }\n      lastLocation {\n        latitude\n        longitude\n        at\n      }\n    }\n  }\n": typeof types.OrdersOneDocument,
    "\n  query OrdersList($status: OrderStatus) {\n    orders(status: $status) {\n      id\n      status\n    }\n  }\n": typeof types.OrdersListDocument,
    "\n  mutation ProcessSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": typeof types.ProcessSignUpDocument,
    "\n  mutation ProcessLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        email\n      }\n    }\n  }\n": typeof types.ProcessLoginDocument,
    "\n  mutation RateCreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n    }\n  }\n": typeof types.RateCreateOrderDocument,
    "\n  mutation RateAssign($orderId: ID!, $partnerId: ID!) {\n    assignOrder(orderId: $orderId, partnerId: $partnerId) {\n      id\n    }\n  }\n": typeof types.RateAssignDocument,
    "\n  mutation RateStatus($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      status\n    }\n  }\n": typeof types.RateStatusDocument,
    "\n  mutation RateLocation($orderId: ID!, $latitude: Float!, $longitude: Float!) {\n    reportOrderLocation(orderId: $orderId, latitude: $latitude, longitude: $longitude)\n  }\n": typeof types.RateLocationDocument,
    "\n  mutation RateStartConversation($participantIds: [ID!]!) {\n    startConversation(participantIds: $participantIds) {\n      id\n    }\n  }\n": typeof types.RateStartConversationDocument,
    "\n  mutation RateSendMessage($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n    }\n  }\n": typeof types.RateSendMessageDocument,
    "\n  mutation RateTyping($conversationId: ID!, $isTyping: Boolean!) {\n    setTyping(conversationId: $conversationId, isTyping: $isTyping)\n  }\n": typeof types.RateTypingDocument,
    "\n  mutation SessionsAcrossRevoke($userId: ID!) {\n    revokeSessions(userId: $userId)\n  }\n": typeof types.SessionsAcrossRevokeDocument,
    "\n  query SessionsAcrossMe {\n    me {\n      id\n    }\n  }\n": typeof types.SessionsAcrossMeDocument,
    "\n  mutation SessionsRenew($token: String!) {\n    renewConnectionToken(token: $token)\n  }\n": typeof types.SessionsRenewDocument,
    "\n  mutation SessionsRevoke($userId: ID!) {\n    revokeSessions(userId: $userId)\n  }\n": typeof types.SessionsRevokeDocument,
    "\n  query SessionsMe {\n    me {\n      id\n    }\n  }\n": typeof types.SessionsMeDocument,
    "\n  mutation SessionsLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.SessionsLoginDocument,
    "\n  mutation SseRevoke($userId: ID!) {\n    revokeSessions(userId: $userId)\n  }\n": typeof types.SseRevokeDocument,
    "\n  query TransportMe {\n    me {\n      id\n      email\n    }\n  }\n": typeof types.TransportMeDocument,
    "\n  mutation UploadsCrossInstanceStart($transactionId: String!) {\n    startUpload(transactionId: $transactionId) {\n      id\n    }\n  }\n": typeof types.UploadsCrossInstanceStartDocument,
    "\n  mutation UploadsCrossInstanceReport($uploadId: ID!, $step: UploadStep!) {\n    reportUploadProgress(uploadId: $uploadId, step: $step) {\n      id\n    }\n  }\n": typeof types.UploadsCrossInstanceReportDocument,
    "\n  mutation UploadsCrossInstanceComplete($uploadId: ID!) {\n    completeUpload(uploadId: $uploadId) {\n      id\n    }\n  }\n": typeof types.UploadsCrossInstanceCompleteDocument,
    "\n  mutation UploadsStart($transactionId: String!) {\n    startUpload(transactionId: $transactionId) {\n      id\n      transactionId\n      state\n      step\n      stepNumber\n      totalSteps\n      message\n      resultPath\n      error\n      createdAt\n      updatedAt\n      owner {\n        id\n        email\n      }\n    }\n  }\n": typeof types.UploadsStartDocument,
    "\n  mutation UploadsReport($uploadId: ID!, $step: UploadStep!, $message: String) {\n    reportUploadProgress(uploadId: $uploadId, step: $step, message: $message) {\n      id\n      state\n      step\n      stepNumber\n      message\n    }\n  }\n": typeof types.UploadsReportDocument,
    "\n  mutation UploadsComplete($uploadId: ID!, $resultPath: String) {\n    completeUpload(uploadId: $uploadId, resultPath: $resultPath) {\n      id\n      state\n      step\n      stepNumber\n      resultPath\n    }\n  }\n": typeof types.UploadsCompleteDocument,
    "\n  mutation UploadsFail($uploadId: ID!, $error: String!) {\n    failUpload(uploadId: $uploadId, error: $error) {\n      id\n      state\n      error\n    }\n  }\n": typeof types.UploadsFailDocument,
    "\n  query UploadsOne($id: ID!) {\n    upload(id: $id) {\n      id\n      state\n      stepNumber\n      owner {\n        id\n      }\n    }\n  }\n": typeof types.UploadsOneDocument,
    "\n  query UploadsList($state: UploadState, $first: Int) {\n    uploads(state: $state, first: $first) {\n      id\n      state\n      owner {\n        id\n      }\n    }\n  }\n": typeof types.UploadsListDocument,
    "\n  query WebAppMe {\n    me {\n      id\n    }\n  }\n": typeof types.WebAppMeDocument,
    "\n  mutation WebOrderCreate($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n    }\n  }\n": typeof types.WebOrderCreateDocument,
    "\n  mutation WebOrderAssign($orderId: ID!, $partnerId: ID!) {\n    assignOrder(orderId: $orderId, partnerId: $partnerId) {\n      status\n    }\n  }\n": typeof types.WebOrderAssignDocument,
    "\n  mutation WizardCrossInstanceUpdate($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n    }\n  }\n": typeof types.WizardCrossInstanceUpdateDocument,
    "\n  query WizardCurrentStatus {\n    wizardStatus {\n      ...WizardStatusParts\n    }\n  }\n": typeof types.WizardCurrentStatusDocument,
    "\n  mutation WizardUpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      firstName\n      lastName\n      phoneNumber\n      businessType\n    }\n  }\n": typeof types.WizardUpdateProfileDocument,
    "\n  mutation WizardSaveManualPrompt($text: String!) {\n    saveManualPrompt(text: $text) {\n      ...WizardStatusParts\n    }\n  }\n": typeof types.WizardSaveManualPromptDocument,
    "\n  mutation WizardConnectChannel($kind: ChannelKind!, $handle: String!) {\n    connectChannel(kind: $kind, handle: $handle) {\n      ...WizardStatusParts\n    }\n  }\n": typeof types.WizardConnectChannelDocument,
    "\n  mutation WizardDisconnectChannel($kind: ChannelKind!) {\n    disconnectChannel(kind: $kind) {\n      ...WizardStatusParts\n    }\n  }\n": typeof types.WizardDisconnectChannelDocument,
    "\n  mutation WizardComplete {\n    completeWizard {\n      ...WizardStatusParts\n    }\n  }\n": typeof types.WizardCompleteDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      role\n      firstName\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignUpUser($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": types.SignUpUserDocument,
    "\n  mutation LoginUser($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        email\n      }\n    }\n  }\n": types.LoginUserDocument,
    "\n  mutation CreateAdmin($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      role\n      email\n    }\n  }\n": types.CreateAdminDocument,
    "\n  mutation Refresh {\n    refreshToken {\n      token\n      expiresAt\n    }\n  }\n": types.RefreshDocument,
    "\n  mutation ClientTokensRefresh {\n    refreshToken {\n      token\n    }\n  }\n": types.ClientTokensRefreshDocument,
    "\n  mutation ClientTokensLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.ClientTokensLoginDocument,
    "\n  mutation ClientTokensRevoke($userId: ID!) {\n    revokeSessions(userId: $userId)\n  }\n": types.ClientTokensRevokeDocument,
    "\n  subscription ClientNotifications {\n    notifications {\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        notification {\n          title\n        }\n      }\n    }\n  }\n": types.ClientNotificationsDocument,
    "\n  mutation ClientSendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n    }\n  }\n": types.ClientSendNotificationDocument,
    "\n  query ClientUnreadCount {\n    unreadNotificationCount\n  }\n": types.ClientUnreadCountDocument,
    "\n  mutation UrqlMarkAllRead {\n    markAllNotificationsRead\n  }\n": types.UrqlMarkAllReadDocument,
    "\n  query StatementsConversations {\n    conversations {\n      id\n      title\n      createdAt\n      unreadCount\n      participants {\n        id\n        email\n        firstName\n      }\n      lastMessage {\n        id\n        content\n        createdAt\n        sender {\n          id\n          email\n        }\n      }\n    }\n  }\n": types.StatementsConversationsDocument,
    "\n  mutation StatementsStart($participantIds: [ID!]!) {\n    startConversation(participantIds: $participantIds) {\n      id\n    }\n  }\n": types.StatementsStartDocument,
    "\n  mutation StatementsSend($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n    }\n  }\n": types.StatementsSendDocument,
    "\n  mutation ConversationsCrossStart($participantIds: [ID!]!) {\n    startConversation(participantIds: $participantIds) {\n      id\n    }\n  }\n": types.ConversationsCrossStartDocument,
    "\n  mutation ConversationsCrossSend($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n      content\n    }\n  }\n": types.ConversationsCrossSendDocument,
    "\n  mutation ConversationsCrossTyping($conversationId: ID!, $isTyping: Boolean!) {\n    setTyping(conversationId: $conversationId, isTyping: $isTyping)\n  }\n": types.ConversationsCrossTypingDocument,
    "\n  mutation ConversationsCrossLeave($conversationId: ID!) {\n    leaveConversation(conversationId: $conversationId)\n  }\n": types.ConversationsCrossLeaveDocument,
    "\n  subscription ConversationsSenderContacts($conversationId: ID!) {\n    conversationMessages(conversationId: $conversationId) {\n      __typename\n      ... on MessageSent {\n        message {\n          content\n          sender {\n            id\n            email\n          }\n        }\n      }\n    }\n  }\n": types.ConversationsSenderContactsDocument,
    "\n  mutation ConversationsStart($participantIds: [ID!]!, $title: String) {\n    startConversation(participantIds: $participantIds, title: $title) {\n      id\n      title\n      createdAt\n      unreadCount\n      lastMessage {\n        id\n      }\n      participants {\n        id\n      }\n    }\n  }\n": types.ConversationsStartDocument,
    "\n  mutation ConversationsSend($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n      conversationId\n      content\n      createdAt\n      sender {\n        id\n      }\n    }\n  }\n": types.ConversationsSendDocument,
    "\n  mutation ConversationsSetTyping($conversationId: ID!, $isTyping: Boolean!) {\n    setTyping(conversationId: $conversationId, isTyping: $isTyping)\n  }\n": types.ConversationsSetTypingDocument,
    "\n  mutation ConversationsMarkRead($conversationId: ID!) {\n    markConversationRead(conversationId: $conversationId)\n  }\n": types.ConversationsMarkReadDocument,
    "\n  mutation ConversationsLeave($conversationId: ID!) {\n    leaveConversation(conversationId: $conversationId)\n  }\n": types.ConversationsLeaveDocument,
    "\n  query ConversationsOne($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      unreadCount\n      participants {\n        id\n      }\n      lastMessage {\n        id\n        content\n        sender {\n          id\n        }\n      }\n    }\n  }\n": types.ConversationsOneDocument,
    "\n  query ConversationsList($first: Int) {\n    conversations(first: $first) {\n      id\n      unreadCount\n    }\n  }\n": types.ConversationsListDocument,
    "\n  query ConversationsMessages($conversationId: ID!, $last: Int, $before: String) {\n    messages(conversationId: $conversationId, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          id\n          content\n          sender {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": types.ConversationsMessagesDocument,
    "\n  mutation DashboardCrossInstanceCreate($input: CreateBusinessInput!) {\n    createBusiness(input: $input) {\n      id\n    }\n  }\n": types.DashboardCrossInstanceCreateDocument,
    "\n  mutation DashboardCreateBusiness($input: CreateBusinessInput!) {\n    createBusiness(input: $input) {\n      id\n      name\n      createdAt\n      owner {\n        id\n        email\n      }\n    }\n  }\n": types.DashboardCreateBusinessDocument,
    "\n  query DashboardCurrentStats {\n    dashboardStats {\n      totalUsers\n      totalBusinesses\n      activeOrders\n      uploadsInProgress\n    }\n  }\n": types.DashboardCurrentStatsDocument,
    "\n  query DashboardBusinessList {\n    businesses {\n      id\n      name\n      owner {\n        id\n        email\n      }\n    }\n  }\n": types.DashboardBusinessListDocument,
    "\n  subscription DeploymentsDashboard {\n    dashboardEvents {\n      __typename\n      ... on UserRegistered {\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.DeploymentsDashboardDocument,
    "\n  mutation HostileTextStartConversation($participantIds: [ID!]!) {\n    startConversation(participantIds: $participantIds) {\n      id\n    }\n  }\n": types.HostileTextStartConversationDocument,
    "\n  mutation HostileTextCreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n    }\n  }\n": types.HostileTextCreateOrderDocument,
    "\n  mutation HostileTextStartUpload($transactionId: String!) {\n    startUpload(transactionId: $transactionId) {\n      id\n    }\n  }\n": types.HostileTextStartUploadDocument,
    "\n  query HostileTextMe {\n    me {\n      id\n    }\n  }\n": types.HostileTextMeDocument,
    "\n  query HostileTypename {\n    __typename\n  }\n": types.HostileTypenameDocument,
    "\n  mutation InstanceLossSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": types.InstanceLossSignUpDocument,
    "\n  mutation InstanceLossLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.InstanceLossLoginDocument,
    "\n  mutation KitStartConversation($participantIds: [ID!]!) {\n    startConversation(participantIds: $participantIds) {\n      id\n    }\n  }\n": types.KitStartConversationDocument,
    "\n  mutation KitSendMessage($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n      content\n    }\n  }\n": types.KitSendMessageDocument,
    "\n  subscription NotificationStream($after: String) {\n    notifications(after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        unreadCount\n        notification {\n          id\n          title\n          message\n          kind\n          readAt\n          createdAt\n        }\n      }\n      ... on NotificationsRead {\n        ids\n        unreadCount\n      }\n    }\n  }\n": types.NotificationStreamDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query RecentNotifications($first: Int!) {\n    notifications(first: $first) {\n      totalCount\n      edges {\n        node {\n          kind\n          title\n          message\n        }\n      }\n    }\n  }\n": types.RecentNotificationsDocument,
    "\n  subscription ConversationStream($conversationId: ID!, $after: String) {\n    conversationMessages(conversationId: $conversationId, after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on MessageSent {\n        message {\n          id\n          conversationId\n          content\n          createdAt\n          sender {\n            id\n            firstName\n          }\n        }\n      }\n      ... on TypingChanged {\n        isTyping\n        user {\n          id\n        }\n      }\n      ... on MessagesRead {\n        lastReadMessageId\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.ConversationStreamDocument,
    "\n  subscription DashboardStream($after: String) {\n    dashboardEvents(after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on DashboardSnapshot {\n        stats {\n          totalUsers\n          totalBusinesses\n          activeOrders\n          uploadsInProgress\n        }\n        recentBusinesses {\n          id\n          name\n          createdAt\n          owner {\n            id\n            email\n          }\n        }\n      }\n      ... on BusinessCreated {\n        stats {\n          totalUsers\n          totalBusinesses\n          activeOrders\n          uploadsInProgress\n        }\n        business {\n          id\n          name\n          createdAt\n          owner {\n            id\n            email\n          }\n        }\n      }\n      ... on UserRegistered {\n        stats {\n          totalUsers\n          totalBusinesses\n          activeOrders\n          uploadsInProgress\n        }\n        user {\n          id\n          email\n          role\n          firstName\n        }\n      }\n    }\n  }\n": types.DashboardStreamDocument,
    "\n  subscription OrderStream($orderId: ID, $after: String) {\n    orderUpdates(orderId: $orderId, after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on OrderSnapshot {\n        order {\n          id\n          status\n          partner {\n            id\n          }\n        }\n      }\n      ... on OrderCreated {\n        order {\n          id\n          status\n          description\n        }\n      }\n      ... on OrderStatusChanged {\n        previousStatus\n        order {\n          id\n          status\n        }\n      }\n      ... on OrderAssigned {\n        order {\n          id\n          status\n          partner {\n            id\n          }\n        }\n      }\n      ... on OrderLocationUpdated {\n        orderId\n        location {\n          latitude\n          longitude\n          at\n        }\n      }\n      ... on PartnerEarningsUpdated {\n        orderId\n        amountCents\n        totalCents\n      }\n    }\n  }\n": types.OrderStreamDocument,
    "\n  subscription UploadStream($uploadId: ID, $after: String) {\n    uploadProgress(uploadId: $uploadId, after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on UploadSnapshot {\n        upload {\n          id\n          state\n          step\n          stepNumber\n          totalSteps\n          message\n        }\n      }\n      ... on UploadStarted {\n        upload {\n          id\n          transactionId\n          state\n          step\n          stepNumber\n          totalSteps\n          owner {\n            id\n          }\n        }\n      }\n      ... on UploadProgressed {\n        upload {\n          id\n          state\n          step\n          stepNumber\n          message\n        }\n      }\n      ... on UploadCompleted {\n        upload {\n          id\n          state\n          resultPath\n        }\n      }\n      ... on UploadFailed {\n        upload {\n          id\n          state\n          error\n        }\n      }\n    }\n  }\n": types.UploadStreamDocument,
    "\n  fragment WizardStatusParts on WizardStatus {\n    __typename\n    cursor\n    at\n    wizardComplete\n    canComplete\n    missingFields\n    details {\n      firstName\n      lastName\n      phoneNumber\n      businessType\n      manualPrompt\n      channelConnected\n      instagramConnected\n      telegramConnected\n    }\n  }\n": types.WizardStatusPartsFragmentDoc,
    "\n  subscription WizardStream($after: String) {\n    wizardStatus(after: $after) {\n      ...WizardStatusParts\n    }\n  }\n": types.WizardStreamDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation KitSendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n    }\n  }\n": types.KitSendNotificationDocument,
    "\n  mutation SendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n      readAt\n    }\n  }\n": types.SendNotificationDocument,
    "\n  query NotificationPage($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n": types.NotificationPageDocument,
    "\n  mutation OrdersCrossInstanceCreate($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n    }\n  }\n": types.OrdersCrossInstanceCreateDocument,
    "\n  mutation OrdersCrossInstanceAssign($orderId: ID!, $partnerId: ID!) {\n    assignOrder(orderId: $orderId, partnerId: $partnerId) {\n      id\n    }\n  }\n": types.OrdersCrossInstanceAssignDocument,
    "\n  mutation OrdersCrossInstanceMove($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      id\n    }\n  }\n": types.OrdersCrossInstanceMoveDocument,
    "\n  mutation OrdersCrossInstanceLocate($orderId: ID!, $latitude: Float!, $longitude: Float!) {\n    reportOrderLocation(orderId: $orderId, latitude: $latitude, longitude: $longitude)\n  }\n": types.OrdersCrossInstanceLocateDocument,
    "\n  mutation OrdersCreate($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n      status\n      description\n      priceCents\n      partner {\n        id\n      }\n      customer {\n        id\n      }\n      lastLocation {\n        latitude\n      }\n      createdAt\n      updatedAt\n    }\n  }\n": types.OrdersCreateDocument,
    "\n  mutation OrdersAssign($orderId: ID!, $partnerId: ID!) {\n    assignOrder(orderId: $orderId, partnerId: $partnerId) {\n      id\n      status\n      partner {\n        id\n      }\n    }\n  }\n": types.OrdersAssignDocument,
    "\n  mutation OrdersUpdateStatus($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      id\n      status\n    }\n  }\n": types.OrdersUpdateStatusDocument,
    "\n  mutation OrdersReportLocation($orderId: ID!, $latitude: Float!, $longitude: Float!) {\n    reportOrderLocation(orderId: $orderId, latitude: $latitude, longitude: $longitude)\n  }\n": types.OrdersReportLocationDocument,
    "\n  query OrdersOne($id: ID!) {\n    order(id: $id) {\n      id\n      status\n      customer {\n        id\n        email\n      }\n      partner {\n        id\n        email\n      }\n      lastLocation {\n        latitude\n        longitude\n        at\n      }\n    }\n  }\n": types.OrdersOneDocument,
    "\n  query OrdersList($status: OrderStatus) {\n    orders(status: $status) {\n      id\n      status\n    }\n  }\n": types.OrdersListDocument,
    "\n  mutation ProcessSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": types.ProcessSignUpDocument,
    "\n  mutation ProcessLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        email\n      }\n    }\n  }\n": types.ProcessLoginDocument,
    "\n  mutation RateCreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n    }\n  }\n": types.RateCreateOrderDocument,
    "\n  mutation RateAssign($orderId: ID!, $partnerId: ID!) {\n    assignOrder(orderId: $orderId, partnerId: $partnerId) {\n      id\n    }\n  }\n": types.RateAssignDocument,
    "\n  mutation RateStatus($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      status\n    }\n  }\n": types.RateStatusDocument,
    "\n  mutation RateLocation($orderId: ID!, $latitude: Float!, $longitude: Float!) {\n    reportOrderLocation(orderId: $orderId, latitude: $latitude, longitude: $longitude)\n  }\n": types.RateLocationDocument,
    "\n  mutation RateStartConversation($participantIds: [ID!]!) {\n    startConversation(participantIds: $participantIds) {\n      id\n    }\n  }\n": types.RateStartConversationDocument,
    "\n  mutation RateSendMessage($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n    }\n  }\n": types.RateSendMessageDocument,
    "\n  mutation RateTyping($conversationId: ID!, $isTyping: Boolean!) {\n    setTyping(conversationId: $conversationId, isTyping: $isTyping)\n  }\n": types.RateTypingDocument,
    "\n  mutation SessionsAcrossRevoke($userId: ID!) {\n    revokeSessions(userId: $userId)\n  }\n": types.SessionsAcrossRevokeDocument,
    "\n  query SessionsAcrossMe {\n    me {\n      id\n    }\n  }\n": types.SessionsAcrossMeDocument,
    "\n  mutation SessionsRenew($token: String!) {\n    renewConnectionToken(token: $token)\n  }\n": types.SessionsRenewDocument,
    "\n  mutation SessionsRevoke($userId: ID!) {\n    revokeSessions(userId: $userId)\n  }\n": types.SessionsRevokeDocument,
    "\n  query SessionsMe {\n    me {\n      id\n    }\n  }\n": types.SessionsMeDocument,
    "\n  mutation SessionsLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.SessionsLoginDocument,
    "\n  mutation SseRevoke($userId: ID!) {\n    revokeSessions(userId: $userId)\n  }\n": types.SseRevokeDocument,
    "\n  query TransportMe {\n    me {\n      id\n      email\n    }\n  }\n": types.TransportMeDocument,
    "\n  mutation UploadsCrossInstanceStart($transactionId: String!) {\n    startUpload(transactionId: $transactionId) {\n      id\n    }\n  }\n": types.UploadsCrossInstanceStartDocument,
    "\n  mutation UploadsCrossInstanceReport($uploadId: ID!, $step: UploadStep!) {\n    reportUploadProgress(uploadId: $uploadId, step: $step) {\n      id\n    }\n  }\n": types.UploadsCrossInstanceReportDocument,
    "\n  mutation UploadsCrossInstanceComplete($uploadId: ID!) {\n    completeUpload(uploadId: $uploadId) {\n      id\n    }\n  }\n": types.UploadsCrossInstanceCompleteDocument,
    "\n  mutation UploadsStart($transactionId: String!) {\n    startUpload(transactionId: $transactionId) {\n      id\n      transactionId\n      state\n      step\n      stepNumber\n      totalSteps\n      message\n      resultPath\n      error\n      createdAt\n      updatedAt\n      owner {\n        id\n        email\n      }\n    }\n  }\n": types.UploadsStartDocument,
    "\n  mutation UploadsReport($uploadId: ID!, $step: UploadStep!, $message: String) {\n    reportUploadProgress(uploadId: $uploadId, step: $step, message: $message) {\n      id\n      state\n      step\n      stepNumber\n      message\n    }\n  }\n": types.UploadsReportDocument,
    "\n  mutation UploadsComplete($uploadId: ID!, $resultPath: String) {\n    completeUpload(uploadId: $uploadId, resultPath: $resultPath) {\n      id\n      state\n      step\n      stepNumber\n      resultPath\n    }\n  }\n": types.UploadsCompleteDocument,
    "\n  mutation UploadsFail($uploadId: ID!, $error: String!) {\n    failUpload(uploadId: $uploadId, error: $error) {\n      id\n      state\n      error\n    }\n  }\n": types.UploadsFailDocument,
    "\n  query UploadsOne($id: ID!) {\n    upload(id: $id) {\n      id\n      state\n      stepNumber\n      owner {\n        id\n      }\n    }\n  }\n": types.UploadsOneDocument,
    "\n  query UploadsList($state: UploadState, $first: Int) {\n    uploads(state: $state, first: $first) {\n      id\n      state\n      owner {\n        id\n      }\n    }\n  }\n": types.UploadsListDocument,
    "\n  query WebAppMe {\n    me {\n      id\n    }\n  }\n": types.WebAppMeDocument,
    "\n  mutation WebOrderCreate($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n    }\n  }\n": types.WebOrderCreateDocument,
    "\n  mutation WebOrderAssign($orderId: ID!, $partnerId: ID!) {\n    assignOrder(orderId: $orderId, partnerId: $partnerId) {\n      status\n    }\n  }\n": types.WebOrderAssignDocument,
    "\n  mutation WizardCrossInstanceUpdate($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n    }\n  }\n": types.WizardCrossInstanceUpdateDocument,
    "\n  query WizardCurrentStatus {\n    wizardStatus {\n      ...WizardStatusParts\n    }\n  }\n": types.WizardCurrentStatusDocument,
    "\n  mutation WizardUpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      firstName\n      lastName\n      phoneNumber\n      businessType\n    }\n  }\n": types.WizardUpdateProfileDocument,
    "\n  mutation WizardSaveManualPrompt($text: String!) {\n    saveManualPrompt(text: $text) {\n      ...WizardStatusParts\n    }\n  }\n": types.WizardSaveManualPromptDocument,
    "\n  mutation WizardConnectChannel($kind: ChannelKind!, $handle: String!) {\n    connectChannel(kind: $kind, handle: $handle) {\n      ...WizardStatusParts\n    }\n  }\n": types.WizardConnectChannelDocument,
    "\n  mutation WizardDisconnectChannel($kind: ChannelKind!) {\n    disconnectChannel(kind: $kind) {\n      ...WizardStatusParts\n    }\n  }\n": types.WizardDisconnectChannelDocument,
    "\n  mutation WizardComplete {\n    completeWizard {\n      ...WizardStatusParts\n    }\n  }\n": types.WizardCompleteDocument,
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
export function graphql(source: "\n  mutation ClientTokensRefresh {\n    refreshToken {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ClientTokensRefresh {\n    refreshToken {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientTokensLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ClientTokensLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientTokensRevoke($userId: ID!) {\n    revokeSessions(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation ClientTokensRevoke($userId: ID!) {\n    revokeSessions(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClientNotifications {\n    notifications {\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        notification {\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ClientNotifications {\n    notifications {\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        notification {\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientSendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation ClientSendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientUnreadCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query ClientUnreadCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UrqlMarkAllRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation UrqlMarkAllRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsConversations {\n    conversations {\n      id\n      title\n      createdAt\n      unreadCount\n      participants {\n        id\n        email\n        firstName\n      }\n      lastMessage {\n        id\n        content\n        createdAt\n        sender {\n          id\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementsConversations {\n    conversations {\n      id\n      title\n      createdAt\n      unreadCount\n      participants {\n        id\n        email\n        firstName\n      }\n      lastMessage {\n        id\n        content\n        createdAt\n        sender {\n          id\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatementsStart($participantIds: [ID!]!) {\n    startConversation(participantIds: $participantIds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StatementsStart($participantIds: [ID!]!) {\n    startConversation(participantIds: $participantIds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatementsSend($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StatementsSend($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationsCrossStart($participantIds: [ID!]!) {\n    startConversation(participantIds: $participantIds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConversationsCrossStart($participantIds: [ID!]!) {\n    startConversation(participantIds: $participantIds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationsCrossSend($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n      content\n    }\n  }\n"): (typeof documents)["\n  mutation ConversationsCrossSend($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n      content\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationsCrossTyping($conversationId: ID!, $isTyping: Boolean!) {\n    setTyping(conversationId: $conversationId, isTyping: $isTyping)\n  }\n"): (typeof documents)["\n  mutation ConversationsCrossTyping($conversationId: ID!, $isTyping: Boolean!) {\n    setTyping(conversationId: $conversationId, isTyping: $isTyping)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationsCrossLeave($conversationId: ID!) {\n    leaveConversation(conversationId: $conversationId)\n  }\n"): (typeof documents)["\n  mutation ConversationsCrossLeave($conversationId: ID!) {\n    leaveConversation(conversationId: $conversationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConversationsSenderContacts($conversationId: ID!) {\n    conversationMessages(conversationId: $conversationId) {\n      __typename\n      ... on MessageSent {\n        message {\n          content\n          sender {\n            id\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ConversationsSenderContacts($conversationId: ID!) {\n    conversationMessages(conversationId: $conversationId) {\n      __typename\n      ... on MessageSent {\n        message {\n          content\n          sender {\n            id\n            email\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationsStart($participantIds: [ID!]!, $title: String) {\n    startConversation(participantIds: $participantIds, title: $title) {\n      id\n      title\n      createdAt\n      unreadCount\n      lastMessage {\n        id\n      }\n      participants {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConversationsStart($participantIds: [ID!]!, $title: String) {\n    startConversation(participantIds: $participantIds, title: $title) {\n      id\n      title\n      createdAt\n      unreadCount\n      lastMessage {\n        id\n      }\n      participants {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationsSend($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n      conversationId\n      content\n      createdAt\n      sender {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConversationsSend($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n      conversationId\n      content\n      createdAt\n      sender {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationsSetTyping($conversationId: ID!, $isTyping: Boolean!) {\n    setTyping(conversationId: $conversationId, isTyping: $isTyping)\n  }\n"): (typeof documents)["\n  mutation ConversationsSetTyping($conversationId: ID!, $isTyping: Boolean!) {\n    setTyping(conversationId: $conversationId, isTyping: $isTyping)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationsMarkRead($conversationId: ID!) {\n    markConversationRead(conversationId: $conversationId)\n  }\n"): (typeof documents)["\n  mutation ConversationsMarkRead($conversationId: ID!) {\n    markConversationRead(conversationId: $conversationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConversationsLeave($conversationId: ID!) {\n    leaveConversation(conversationId: $conversationId)\n  }\n"): (typeof documents)["\n  mutation ConversationsLeave($conversationId: ID!) {\n    leaveConversation(conversationId: $conversationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationsOne($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      unreadCount\n      participants {\n        id\n      }\n      lastMessage {\n        id\n        content\n        sender {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConversationsOne($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      unreadCount\n      participants {\n        id\n      }\n      lastMessage {\n        id\n        content\n        sender {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationsList($first: Int) {\n    conversations(first: $first) {\n      id\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  query ConversationsList($first: Int) {\n    conversations(first: $first) {\n      id\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationsMessages($conversationId: ID!, $last: Int, $before: String) {\n    messages(conversationId: $conversationId, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          id\n          content\n          sender {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConversationsMessages($conversationId: ID!, $last: Int, $before: String) {\n    messages(conversationId: $conversationId, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          id\n          content\n          sender {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCrossInstanceCreate($input: CreateBusinessInput!) {\n    createBusiness(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardCrossInstanceCreate($input: CreateBusinessInput!) {\n    createBusiness(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCreateBusiness($input: CreateBusinessInput!) {\n    createBusiness(input: $input) {\n      id\n      name\n      createdAt\n      owner {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardCreateBusiness($input: CreateBusinessInput!) {\n    createBusiness(input: $input) {\n      id\n      name\n      createdAt\n      owner {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCurrentStats {\n    dashboardStats {\n      totalUsers\n      totalBusinesses\n      activeOrders\n      uploadsInProgress\n    }\n  }\n"): (typeof documents)["\n  query DashboardCurrentStats {\n    dashboardStats {\n      totalUsers\n      totalBusinesses\n      activeOrders\n      uploadsInProgress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardBusinessList {\n    businesses {\n      id\n      name\n      owner {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardBusinessList {\n    businesses {\n      id\n      name\n      owner {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeploymentsDashboard {\n    dashboardEvents {\n      __typename\n      ... on UserRegistered {\n        user {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription DeploymentsDashboard {\n    dashboardEvents {\n      __typename\n      ... on UserRegistered {\n        user {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostileTextStartConversation($participantIds: [ID!]!) {\n    startConversation(participantIds: $participantIds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation HostileTextStartConversation($participantIds: [ID!]!) {\n    startConversation(participantIds: $participantIds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostileTextCreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation HostileTextCreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostileTextStartUpload($transactionId: String!) {\n    startUpload(transactionId: $transactionId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation HostileTextStartUpload($transactionId: String!) {\n    startUpload(transactionId: $transactionId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HostileTextMe {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query HostileTextMe {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HostileTypename {\n    __typename\n  }\n"): (typeof documents)["\n  query HostileTypename {\n    __typename\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InstanceLossSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InstanceLossSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InstanceLossLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation InstanceLossLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitStartConversation($participantIds: [ID!]!) {\n    startConversation(participantIds: $participantIds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitStartConversation($participantIds: [ID!]!) {\n    startConversation(participantIds: $participantIds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSendMessage($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n      content\n    }\n  }\n"): (typeof documents)["\n  mutation KitSendMessage($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n      content\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationStream($after: String) {\n    notifications(after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        unreadCount\n        notification {\n          id\n          title\n          message\n          kind\n          readAt\n          createdAt\n        }\n      }\n      ... on NotificationsRead {\n        ids\n        unreadCount\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationStream($after: String) {\n    notifications(after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on UnreadCount {\n        unreadCount\n      }\n      ... on NotificationCreated {\n        unreadCount\n        notification {\n          id\n          title\n          message\n          kind\n          readAt\n          createdAt\n        }\n      }\n      ... on NotificationsRead {\n        ids\n        unreadCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentNotifications($first: Int!) {\n    notifications(first: $first) {\n      totalCount\n      edges {\n        node {\n          kind\n          title\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecentNotifications($first: Int!) {\n    notifications(first: $first) {\n      totalCount\n      edges {\n        node {\n          kind\n          title\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConversationStream($conversationId: ID!, $after: String) {\n    conversationMessages(conversationId: $conversationId, after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on MessageSent {\n        message {\n          id\n          conversationId\n          content\n          createdAt\n          sender {\n            id\n            firstName\n          }\n        }\n      }\n      ... on TypingChanged {\n        isTyping\n        user {\n          id\n        }\n      }\n      ... on MessagesRead {\n        lastReadMessageId\n        user {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ConversationStream($conversationId: ID!, $after: String) {\n    conversationMessages(conversationId: $conversationId, after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on MessageSent {\n        message {\n          id\n          conversationId\n          content\n          createdAt\n          sender {\n            id\n            firstName\n          }\n        }\n      }\n      ... on TypingChanged {\n        isTyping\n        user {\n          id\n        }\n      }\n      ... on MessagesRead {\n        lastReadMessageId\n        user {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardStream($after: String) {\n    dashboardEvents(after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on DashboardSnapshot {\n        stats {\n          totalUsers\n          totalBusinesses\n          activeOrders\n          uploadsInProgress\n        }\n        recentBusinesses {\n          id\n          name\n          createdAt\n          owner {\n            id\n            email\n          }\n        }\n      }\n      ... on BusinessCreated {\n        stats {\n          totalUsers\n          totalBusinesses\n          activeOrders\n          uploadsInProgress\n        }\n        business {\n          id\n          name\n          createdAt\n          owner {\n            id\n            email\n          }\n        }\n      }\n      ... on UserRegistered {\n        stats {\n          totalUsers\n          totalBusinesses\n          activeOrders\n          uploadsInProgress\n        }\n        user {\n          id\n          email\n          role\n          firstName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardStream($after: String) {\n    dashboardEvents(after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on DashboardSnapshot {\n        stats {\n          totalUsers\n          totalBusinesses\n          activeOrders\n          uploadsInProgress\n        }\n        recentBusinesses {\n          id\n          name\n          createdAt\n          owner {\n            id\n            email\n          }\n        }\n      }\n      ... on BusinessCreated {\n        stats {\n          totalUsers\n          totalBusinesses\n          activeOrders\n          uploadsInProgress\n        }\n        business {\n          id\n          name\n          createdAt\n          owner {\n            id\n            email\n          }\n        }\n      }\n      ... on UserRegistered {\n        stats {\n          totalUsers\n          totalBusinesses\n          activeOrders\n          uploadsInProgress\n        }\n        user {\n          id\n          email\n          role\n          firstName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrderStream($orderId: ID, $after: String) {\n    orderUpdates(orderId: $orderId, after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on OrderSnapshot {\n        order {\n          id\n          status\n          partner {\n            id\n          }\n        }\n      }\n      ... on OrderCreated {\n        order {\n          id\n          status\n          description\n        }\n      }\n      ... on OrderStatusChanged {\n        previousStatus\n        order {\n          id\n          status\n        }\n      }\n      ... on OrderAssigned {\n        order {\n          id\n          status\n          partner {\n            id\n          }\n        }\n      }\n      ... on OrderLocationUpdated {\n        orderId\n        location {\n          latitude\n          longitude\n          at\n        }\n      }\n      ... on PartnerEarningsUpdated {\n        orderId\n        amountCents\n        totalCents\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription OrderStream($orderId: ID, $after: String) {\n    orderUpdates(orderId: $orderId, after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on OrderSnapshot {\n        order {\n          id\n          status\n          partner {\n            id\n          }\n        }\n      }\n      ... on OrderCreated {\n        order {\n          id\n          status\n          description\n        }\n      }\n      ... on OrderStatusChanged {\n        previousStatus\n        order {\n          id\n          status\n        }\n      }\n      ... on OrderAssigned {\n        order {\n          id\n          status\n          partner {\n            id\n          }\n        }\n      }\n      ... on OrderLocationUpdated {\n        orderId\n        location {\n          latitude\n          longitude\n          at\n        }\n      }\n      ... on PartnerEarningsUpdated {\n        orderId\n        amountCents\n        totalCents\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription UploadStream($uploadId: ID, $after: String) {\n    uploadProgress(uploadId: $uploadId, after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on UploadSnapshot {\n        upload {\n          id\n          state\n          step\n          stepNumber\n          totalSteps\n          message\n        }\n      }\n      ... on UploadStarted {\n        upload {\n          id\n          transactionId\n          state\n          step\n          stepNumber\n          totalSteps\n          owner {\n            id\n          }\n        }\n      }\n      ... on UploadProgressed {\n        upload {\n          id\n          state\n          step\n          stepNumber\n          message\n        }\n      }\n      ... on UploadCompleted {\n        upload {\n          id\n          state\n          resultPath\n        }\n      }\n      ... on UploadFailed {\n        upload {\n          id\n          state\n          error\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription UploadStream($uploadId: ID, $after: String) {\n    uploadProgress(uploadId: $uploadId, after: $after) {\n      __typename\n      ... on RealtimeEvent {\n        cursor\n        at\n      }\n      ... on UploadSnapshot {\n        upload {\n          id\n          state\n          step\n          stepNumber\n          totalSteps\n          message\n        }\n      }\n      ... on UploadStarted {\n        upload {\n          id\n          transactionId\n          state\n          step\n          stepNumber\n          totalSteps\n          owner {\n            id\n          }\n        }\n      }\n      ... on UploadProgressed {\n        upload {\n          id\n          state\n          step\n          stepNumber\n          message\n        }\n      }\n      ... on UploadCompleted {\n        upload {\n          id\n          state\n          resultPath\n        }\n      }\n      ... on UploadFailed {\n        upload {\n          id\n          state\n          error\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WizardStatusParts on WizardStatus {\n    __typename\n    cursor\n    at\n    wizardComplete\n    canComplete\n    missingFields\n    details {\n      firstName\n      lastName\n      phoneNumber\n      businessType\n      manualPrompt\n      channelConnected\n      instagramConnected\n      telegramConnected\n    }\n  }\n"): (typeof documents)["\n  fragment WizardStatusParts on WizardStatus {\n    __typename\n    cursor\n    at\n    wizardComplete\n    canComplete\n    missingFields\n    details {\n      firstName\n      lastName\n      phoneNumber\n      businessType\n      manualPrompt\n      channelConnected\n      instagramConnected\n      telegramConnected\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WizardStream($after: String) {\n    wizardStatus(after: $after) {\n      ...WizardStatusParts\n    }\n  }\n"): (typeof documents)["\n  subscription WizardStream($after: String) {\n    wizardStatus(after: $after) {\n      ...WizardStatusParts\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation KitSendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation KitSendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation SendNotification($input: SendNotificationInput!) {\n    sendNotification(input: $input) {\n      id\n      title\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPage($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query NotificationPage($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrdersCrossInstanceCreate($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OrdersCrossInstanceCreate($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrdersCrossInstanceAssign($orderId: ID!, $partnerId: ID!) {\n    assignOrder(orderId: $orderId, partnerId: $partnerId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OrdersCrossInstanceAssign($orderId: ID!, $partnerId: ID!) {\n    assignOrder(orderId: $orderId, partnerId: $partnerId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrdersCrossInstanceMove($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OrdersCrossInstanceMove($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrdersCrossInstanceLocate($orderId: ID!, $latitude: Float!, $longitude: Float!) {\n    reportOrderLocation(orderId: $orderId, latitude: $latitude, longitude: $longitude)\n  }\n"): (typeof documents)["\n  mutation OrdersCrossInstanceLocate($orderId: ID!, $latitude: Float!, $longitude: Float!) {\n    reportOrderLocation(orderId: $orderId, latitude: $latitude, longitude: $longitude)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrdersCreate($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n      status\n      description\n      priceCents\n      partner {\n        id\n      }\n      customer {\n        id\n      }\n      lastLocation {\n        latitude\n      }\n      createdAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation OrdersCreate($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n      status\n      description\n      priceCents\n      partner {\n        id\n      }\n      customer {\n        id\n      }\n      lastLocation {\n        latitude\n      }\n      createdAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrdersAssign($orderId: ID!, $partnerId: ID!) {\n    assignOrder(orderId: $orderId, partnerId: $partnerId) {\n      id\n      status\n      partner {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrdersAssign($orderId: ID!, $partnerId: ID!) {\n    assignOrder(orderId: $orderId, partnerId: $partnerId) {\n      id\n      status\n      partner {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrdersUpdateStatus($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OrdersUpdateStatus($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrdersReportLocation($orderId: ID!, $latitude: Float!, $longitude: Float!) {\n    reportOrderLocation(orderId: $orderId, latitude: $latitude, longitude: $longitude)\n  }\n"): (typeof documents)["\n  mutation OrdersReportLocation($orderId: ID!, $latitude: Float!, $longitude: Float!) {\n    reportOrderLocation(orderId: $orderId, latitude: $latitude, longitude: $longitude)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrdersOne($id: ID!) {\n    order(id: $id) {\n      id\n      status\n      customer {\n        id\n        email\n      }\n      partner {\n        id\n        email\n      }\n      lastLocation {\n        latitude\n        longitude\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrdersOne($id: ID!) {\n    order(id: $id) {\n      id\n      status\n      customer {\n        id\n        email\n      }\n      partner {\n        id\n        email\n      }\n      lastLocation {\n        latitude\n        longitude\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrdersList($status: OrderStatus) {\n    orders(status: $status) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  query OrdersList($status: OrderStatus) {\n    orders(status: $status) {\n      id\n      status\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation RateCreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RateCreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateAssign($orderId: ID!, $partnerId: ID!) {\n    assignOrder(orderId: $orderId, partnerId: $partnerId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RateAssign($orderId: ID!, $partnerId: ID!) {\n    assignOrder(orderId: $orderId, partnerId: $partnerId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateStatus($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RateStatus($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateLocation($orderId: ID!, $latitude: Float!, $longitude: Float!) {\n    reportOrderLocation(orderId: $orderId, latitude: $latitude, longitude: $longitude)\n  }\n"): (typeof documents)["\n  mutation RateLocation($orderId: ID!, $latitude: Float!, $longitude: Float!) {\n    reportOrderLocation(orderId: $orderId, latitude: $latitude, longitude: $longitude)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateStartConversation($participantIds: [ID!]!) {\n    startConversation(participantIds: $participantIds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RateStartConversation($participantIds: [ID!]!) {\n    startConversation(participantIds: $participantIds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateSendMessage($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RateSendMessage($conversationId: ID!, $content: String!) {\n    sendMessage(conversationId: $conversationId, content: $content) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateTyping($conversationId: ID!, $isTyping: Boolean!) {\n    setTyping(conversationId: $conversationId, isTyping: $isTyping)\n  }\n"): (typeof documents)["\n  mutation RateTyping($conversationId: ID!, $isTyping: Boolean!) {\n    setTyping(conversationId: $conversationId, isTyping: $isTyping)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsAcrossRevoke($userId: ID!) {\n    revokeSessions(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation SessionsAcrossRevoke($userId: ID!) {\n    revokeSessions(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsAcrossMe {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query SessionsAcrossMe {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsRenew($token: String!) {\n    renewConnectionToken(token: $token)\n  }\n"): (typeof documents)["\n  mutation SessionsRenew($token: String!) {\n    renewConnectionToken(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsRevoke($userId: ID!) {\n    revokeSessions(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation SessionsRevoke($userId: ID!) {\n    revokeSessions(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsMe {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query SessionsMe {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SessionsLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SseRevoke($userId: ID!) {\n    revokeSessions(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation SseRevoke($userId: ID!) {\n    revokeSessions(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransportMe {\n    me {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  query TransportMe {\n    me {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadsCrossInstanceStart($transactionId: String!) {\n    startUpload(transactionId: $transactionId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UploadsCrossInstanceStart($transactionId: String!) {\n    startUpload(transactionId: $transactionId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadsCrossInstanceReport($uploadId: ID!, $step: UploadStep!) {\n    reportUploadProgress(uploadId: $uploadId, step: $step) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UploadsCrossInstanceReport($uploadId: ID!, $step: UploadStep!) {\n    reportUploadProgress(uploadId: $uploadId, step: $step) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadsCrossInstanceComplete($uploadId: ID!) {\n    completeUpload(uploadId: $uploadId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UploadsCrossInstanceComplete($uploadId: ID!) {\n    completeUpload(uploadId: $uploadId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadsStart($transactionId: String!) {\n    startUpload(transactionId: $transactionId) {\n      id\n      transactionId\n      state\n      step\n      stepNumber\n      totalSteps\n      message\n      resultPath\n      error\n      createdAt\n      updatedAt\n      owner {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UploadsStart($transactionId: String!) {\n    startUpload(transactionId: $transactionId) {\n      id\n      transactionId\n      state\n      step\n      stepNumber\n      totalSteps\n      message\n      resultPath\n      error\n      createdAt\n      updatedAt\n      owner {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadsReport($uploadId: ID!, $step: UploadStep!, $message: String) {\n    reportUploadProgress(uploadId: $uploadId, step: $step, message: $message) {\n      id\n      state\n      step\n      stepNumber\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation UploadsReport($uploadId: ID!, $step: UploadStep!, $message: String) {\n    reportUploadProgress(uploadId: $uploadId, step: $step, message: $message) {\n      id\n      state\n      step\n      stepNumber\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadsComplete($uploadId: ID!, $resultPath: String) {\n    completeUpload(uploadId: $uploadId, resultPath: $resultPath) {\n      id\n      state\n      step\n      stepNumber\n      resultPath\n    }\n  }\n"): (typeof documents)["\n  mutation UploadsComplete($uploadId: ID!, $resultPath: String) {\n    completeUpload(uploadId: $uploadId, resultPath: $resultPath) {\n      id\n      state\n      step\n      stepNumber\n      resultPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadsFail($uploadId: ID!, $error: String!) {\n    failUpload(uploadId: $uploadId, error: $error) {\n      id\n      state\n      error\n    }\n  }\n"): (typeof documents)["\n  mutation UploadsFail($uploadId: ID!, $error: String!) {\n    failUpload(uploadId: $uploadId, error: $error) {\n      id\n      state\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UploadsOne($id: ID!) {\n    upload(id: $id) {\n      id\n      state\n      stepNumber\n      owner {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query UploadsOne($id: ID!) {\n    upload(id: $id) {\n      id\n      state\n      stepNumber\n      owner {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UploadsList($state: UploadState, $first: Int) {\n    uploads(state: $state, first: $first) {\n      id\n      state\n      owner {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query UploadsList($state: UploadState, $first: Int) {\n    uploads(state: $state, first: $first) {\n      id\n      state\n      owner {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebAppMe {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query WebAppMe {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebOrderCreate($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WebOrderCreate($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebOrderAssign($orderId: ID!, $partnerId: ID!) {\n    assignOrder(orderId: $orderId, partnerId: $partnerId) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WebOrderAssign($orderId: ID!, $partnerId: ID!) {\n    assignOrder(orderId: $orderId, partnerId: $partnerId) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WizardCrossInstanceUpdate($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WizardCrossInstanceUpdate($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WizardCurrentStatus {\n    wizardStatus {\n      ...WizardStatusParts\n    }\n  }\n"): (typeof documents)["\n  query WizardCurrentStatus {\n    wizardStatus {\n      ...WizardStatusParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WizardUpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      firstName\n      lastName\n      phoneNumber\n      businessType\n    }\n  }\n"): (typeof documents)["\n  mutation WizardUpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      firstName\n      lastName\n      phoneNumber\n      businessType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WizardSaveManualPrompt($text: String!) {\n    saveManualPrompt(text: $text) {\n      ...WizardStatusParts\n    }\n  }\n"): (typeof documents)["\n  mutation WizardSaveManualPrompt($text: String!) {\n    saveManualPrompt(text: $text) {\n      ...WizardStatusParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WizardConnectChannel($kind: ChannelKind!, $handle: String!) {\n    connectChannel(kind: $kind, handle: $handle) {\n      ...WizardStatusParts\n    }\n  }\n"): (typeof documents)["\n  mutation WizardConnectChannel($kind: ChannelKind!, $handle: String!) {\n    connectChannel(kind: $kind, handle: $handle) {\n      ...WizardStatusParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WizardDisconnectChannel($kind: ChannelKind!) {\n    disconnectChannel(kind: $kind) {\n      ...WizardStatusParts\n    }\n  }\n"): (typeof documents)["\n  mutation WizardDisconnectChannel($kind: ChannelKind!) {\n    disconnectChannel(kind: $kind) {\n      ...WizardStatusParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WizardComplete {\n    completeWizard {\n      ...WizardStatusParts\n    }\n  }\n"): (typeof documents)["\n  mutation WizardComplete {\n    completeWizard {\n      ...WizardStatusParts\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;