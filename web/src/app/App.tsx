import { useEffect, useState, useSyncExternalStore } from 'react';
import { Provider } from 'urql';
import { currentSession, onSessionChange, type Session, signOut } from '../auth/session';
import { type Clients, createClients } from '../realtime/clients';
import { SignIn } from '../screens/signin/SignIn';
import { Layout } from './Layout';

/** Signed out: the sign-in page; signed in: the screens, on clients made for that session. */
export function App() {
  const session = useSyncExternalStore(onSessionChange, currentSession);
  if (!session) return <SignIn />;
  // A new user (another tab signed in as someone else) gets new clients.
  return <SignedIn key={session.user.id} session={session} />;
}

function SignedIn({ session }: { session: Session }) {
  const [clients, setClients] = useState<Clients>();
  useEffect(() => {
    const made = createClients();
    setClients(made);
    // A revoked session ends in signedOut: nothing more can be done with its token.
    const unwatch = made.state.subscribe(() => made.state.get() === 'signedOut' && signOut());
    return () => {
      unwatch();
      made.realtime.dispose();
    };
  }, []);
  if (!clients) return null;
  return (
    <Provider value={clients.urql}>
      <Layout session={session} clients={clients} />
    </Provider>
  );
}
