import { useReducer, useState } from 'react';
import { useApi } from '../../app/useApi';
import { timeOf } from '../../components/time';
import { graphql } from '../../gql';
import type { BellNotificationFragment, BellStreamSubscription } from '../../gql/graphql';
import { useStream } from '../../realtime/useStream';
import { bellReducer, EMPTY } from './bellState';

graphql(`
  fragment BellNotification on Notification {
    id
    kind
    title
    message
    createdAt
    readAt
  }
`);

const BellStream = graphql(`
  subscription BellStream {
    notifications {
      __typename
      ... on RealtimeEvent {
        at
      }
      ... on UnreadCount {
        unreadCount
      }
      ... on NotificationCreated {
        unreadCount
        notification {
          ...BellNotification
        }
      }
      ... on NotificationsRead {
        ids
        unreadCount
      }
    }
  }
`);

const RecentNotifications = graphql(`
  query RecentNotifications {
    notifications(first: 20) {
      edges {
        node {
          ...BellNotification
        }
      }
    }
  }
`);

const MarkRead = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
    }
  }
`);

const MarkAllRead = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

/** The unread count on a bell, and its panel: the newest notifications, mark one read, mark all read. Every change arrives on the stream. */
export function NotificationBell() {
  const api = useApi();
  const [state, dispatch] = useReducer(bellReducer, EMPTY);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();

  useStream(BellStream, {}, (data: BellStreamSubscription) => dispatch({ type: 'event', event: data.notifications }), {
    onReady: () =>
      api.query(RecentNotifications, {}).then(
        ({ notifications }) =>
          dispatch({ type: 'loaded', items: notifications.edges.map((edge) => edge.node as BellNotificationFragment) }),
        (failure: Error) => setError(failure.message),
      ),
    onError: setError,
  });

  const act = (work: Promise<unknown>) => work.catch((failure: Error) => setError(failure.message));
  const unread = state.unreadCount ?? 0;

  return (
    <div className="bell">
      <button
        type="button"
        className="bell-button"
        aria-expanded={open}
        aria-controls="notification-panel"
        aria-label={`Notifications, ${unread} unread`}
        onClick={() => setOpen(!open)}
      >
        <BellIcon />
        {unread > 0 && (
          <span className="bell-count" data-testid="bell-count">
            {unread}
          </span>
        )}
      </button>
      {open && (
        <section id="notification-panel" className="bell-panel card" aria-label="Notifications">
          <div className="row">
            <h2>Notifications</h2>
            <button type="button" onClick={() => act(api.mutate(MarkAllRead, {}))} disabled={unread === 0}>
              Mark all read
            </button>
          </div>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          {state.items.length === 0 && <p className="muted">Nothing yet.</p>}
          <ul className="plain">
            {state.items.map((item) => (
              <li key={item.id} className={item.readAt ? 'read' : 'unread'}>
                <strong>{item.title}</strong> <span className="muted">{timeOf(item.createdAt)}</span>
                <p>{item.message}</p>
                {!item.readAt && (
                  <button type="button" className="link" onClick={() => act(api.mutate(MarkRead, { id: item.id }))}>
                    Mark read<span className="visually-hidden">: {item.title}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** Drawn, not an emoji: a headless or minimal system may have no emoji font. */
function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}
