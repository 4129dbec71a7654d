import { useEffect } from 'react';
import { type Session, signOut } from '../auth/session';
import type { Clients } from '../realtime/clients';
import { ConnectionBadge } from '../realtime/ConnectionBadge';
import { ChatScreen } from '../screens/chat/ChatScreen';
import { DashboardScreen } from '../screens/dashboard/DashboardScreen';
import { NotificationBell } from '../screens/notifications/NotificationBell';
import { SendNotificationScreen } from '../screens/notifications/SendNotificationScreen';
import { OnboardingScreen } from '../screens/onboarding/OnboardingScreen';
import { OrdersScreen } from '../screens/orders/OrdersScreen';
import { UploadsScreen } from '../screens/uploads/UploadsScreen';
import { Link, navigate, usePath } from './router';
import { screensFor } from './screens';

/** The header (navigation by role, connection badge, notification bell) and the screen the path names. */
export function Layout({ session, clients }: { session: Session; clients: Clients }) {
  const path = usePath();
  const screens = screensFor(session.user.role);
  const [, section = '', id] = path.split('/');
  const allowed = screens.find((screen) => screen.path === `/${section}`);

  useEffect(() => {
    if (!allowed && screens[0]) navigate(screens[0].path, { replace: true });
  }, [allowed, screens]);

  return (
    <>
      <header className="topbar">
        <span className="brand">Realtime</span>
        <nav aria-label="Screens">
          {screens.map((screen) => (
            <Link key={screen.path} href={screen.path} aria-current={screen === allowed ? 'page' : undefined}>
              {screen.label}
            </Link>
          ))}
        </nav>
        <div className="topbar-end">
          <ConnectionBadge store={clients.state} />
          <NotificationBell />
          <button type="button" className="link" onClick={signOut} title={`Signed in as ${session.user.email} (${session.user.role})`}>
            Sign out
          </button>
        </div>
      </header>
      <main className="screen">{allowed && <Screen section={section} id={id} session={session} />}</main>
    </>
  );
}

function Screen({ section, id, session }: { section: string; id: string | undefined; session: Session }) {
  switch (section) {
    case 'dashboard':
      return <DashboardScreen />;
    case 'onboarding':
      return <OnboardingScreen />;
    case 'orders':
      return <OrdersScreen user={session.user} orderId={id} />;
    case 'chat':
      return <ChatScreen user={session.user} conversationId={id} />;
    case 'uploads':
      return <UploadsScreen />;
    case 'notify':
      return <SendNotificationScreen />;
    default:
      return null;
  }
}
