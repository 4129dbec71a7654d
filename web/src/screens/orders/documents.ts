import { graphql } from '../../gql';

graphql(`
  fragment OrderCard on Order {
    id
    description
    priceCents
    status
    createdAt
    updatedAt
    customer {
      id
      firstName
      email
    }
    partner {
      id
      firstName
      email
    }
    lastLocation {
      latitude
      longitude
      at
    }
  }
`);

/** Every order the viewer may see (a customer's own, a partner's assigned, all for admins), and a partner's earnings. */
export const OrderFeed = graphql(`
  subscription OrderFeed {
    orderUpdates {
      __typename
      ... on RealtimeEvent {
        at
      }
      ... on OrderCreated {
        order {
          ...OrderCard
        }
      }
      ... on OrderAssigned {
        order {
          ...OrderCard
        }
      }
      ... on OrderStatusChanged {
        previousStatus
        order {
          ...OrderCard
        }
      }
      ... on OrderLocationUpdated {
        orderId
        location {
          latitude
          longitude
          at
        }
      }
      ... on PartnerEarningsUpdated {
        orderId
        amountCents
        totalCents
      }
    }
  }
`);

/** One order: its snapshot first, then its changes and the partner's positions. */
export const OrderWatch = graphql(`
  subscription OrderWatch($orderId: ID!) {
    orderUpdates(orderId: $orderId) {
      __typename
      ... on RealtimeEvent {
        at
      }
      ... on OrderSnapshot {
        order {
          ...OrderCard
        }
      }
      ... on OrderAssigned {
        order {
          ...OrderCard
        }
      }
      ... on OrderStatusChanged {
        previousStatus
        order {
          ...OrderCard
        }
      }
      ... on OrderLocationUpdated {
        location {
          latitude
          longitude
          at
        }
      }
    }
  }
`);

export const Orders = graphql(`
  query Orders {
    orders {
      ...OrderCard
    }
  }
`);

export const CreateOrder = graphql(`
  mutation CreateOrder($input: CreateOrderInput!) {
    createOrder(input: $input) {
      id
    }
  }
`);

export const UpdateOrderStatus = graphql(`
  mutation UpdateOrderStatus($orderId: ID!, $status: OrderStatus!) {
    updateOrderStatus(orderId: $orderId, status: $status) {
      id
    }
  }
`);

export const AssignOrder = graphql(`
  mutation AssignOrder($orderId: ID!, $partnerId: ID!) {
    assignOrder(orderId: $orderId, partnerId: $partnerId) {
      id
    }
  }
`);

export const ReportLocation = graphql(`
  mutation ReportOrderLocation($orderId: ID!, $latitude: Float!, $longitude: Float!) {
    reportOrderLocation(orderId: $orderId, latitude: $latitude, longitude: $longitude)
  }
`);
