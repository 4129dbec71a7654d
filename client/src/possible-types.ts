
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "ConversationEvent": [
      "MessageSent",
      "MessagesRead",
      "StreamReady",
      "TypingChanged"
    ],
    "DashboardEvent": [
      "BusinessCreated",
      "DashboardSnapshot",
      "StreamReady",
      "UserRegistered"
    ],
    "NotificationEvent": [
      "NotificationCreated",
      "NotificationsRead",
      "StreamReady",
      "UnreadCount"
    ],
    "OrderEvent": [
      "OrderAssigned",
      "OrderCreated",
      "OrderLocationUpdated",
      "OrderSnapshot",
      "OrderStatusChanged",
      "PartnerEarningsUpdated",
      "StreamReady"
    ],
    "RealtimeEvent": [
      "BusinessCreated",
      "DashboardSnapshot",
      "MessageSent",
      "MessagesRead",
      "NotificationCreated",
      "NotificationsRead",
      "OrderAssigned",
      "OrderCreated",
      "OrderLocationUpdated",
      "OrderSnapshot",
      "OrderStatusChanged",
      "PartnerEarningsUpdated",
      "StreamReady",
      "TypingChanged",
      "UnreadCount",
      "UploadCompleted",
      "UploadFailed",
      "UploadProgressed",
      "UploadSnapshot",
      "UploadStarted",
      "UserRegistered",
      "WizardStatus"
    ],
    "UploadEvent": [
      "StreamReady",
      "UploadCompleted",
      "UploadFailed",
      "UploadProgressed",
      "UploadSnapshot",
      "UploadStarted"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "ConversationEvent": [
      "MessageSent",
      "MessagesRead",
      "StreamReady",
      "TypingChanged"
    ],
    "DashboardEvent": [
      "BusinessCreated",
      "DashboardSnapshot",
      "StreamReady",
      "UserRegistered"
    ],
    "NotificationEvent": [
      "NotificationCreated",
      "NotificationsRead",
      "StreamReady",
      "UnreadCount"
    ],
    "OrderEvent": [
      "OrderAssigned",
      "OrderCreated",
      "OrderLocationUpdated",
      "OrderSnapshot",
      "OrderStatusChanged",
      "PartnerEarningsUpdated",
      "StreamReady"
    ],
    "RealtimeEvent": [
      "BusinessCreated",
      "DashboardSnapshot",
      "MessageSent",
      "MessagesRead",
      "NotificationCreated",
      "NotificationsRead",
      "OrderAssigned",
      "OrderCreated",
      "OrderLocationUpdated",
      "OrderSnapshot",
      "OrderStatusChanged",
      "PartnerEarningsUpdated",
      "StreamReady",
      "TypingChanged",
      "UnreadCount",
      "UploadCompleted",
      "UploadFailed",
      "UploadProgressed",
      "UploadSnapshot",
      "UploadStarted",
      "UserRegistered",
      "WizardStatus"
    ],
    "UploadEvent": [
      "StreamReady",
      "UploadCompleted",
      "UploadFailed",
      "UploadProgressed",
      "UploadSnapshot",
      "UploadStarted"
    ]
  }
};
      export default result;
    