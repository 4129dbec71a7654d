import { type FormEvent, useState } from 'react';
import { request } from '../../app/http';
import { saveSession } from '../../auth/session';
import { graphql } from '../../gql';

const Login = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...SessionParts
    }
  }
`);

const SignUp = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...SessionParts
    }
  }
`);

type Mode = 'signIn' | 'signUp';

/** Sign in, or create a USER account; either way the token is kept in localStorage. */
export function SignIn() {
  const [mode, setMode] = useState<Mode>('signIn');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email'));
    const password = String(form.get('password'));
    setBusy(true);
    setError(undefined);
    try {
      if (mode === 'signIn') saveSession((await request(Login, { email, password })).login);
      else saveSession((await request(SignUp, { input: { email, password, firstName: String(form.get('firstName')) || null } })).signUp);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  }

  return (
    <main className="signin">
      <h1>Realtime API</h1>
      <div className="tabs" role="tablist" aria-label="Account">
        <button type="button" role="tab" aria-selected={mode === 'signIn'} onClick={() => setMode('signIn')}>
          Sign in
        </button>
        <button type="button" role="tab" aria-selected={mode === 'signUp'} onClick={() => setMode('signUp')}>
          Create an account
        </button>
      </div>
      <form className="card stack" onSubmit={submit} aria-label={mode === 'signIn' ? 'Sign in' : 'Create an account'}>
        {mode === 'signUp' && (
          <label>
            First name
            <input name="firstName" autoComplete="given-name" />
          </label>
        )}
        <label>
          Email
          <input name="email" type="email" required autoComplete="email" />
        </label>
        <label>
          Password
          <input
            name="password"
            type="password"
            required
            minLength={8}
            autoComplete={mode === 'signIn' ? 'current-password' : 'new-password'}
          />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {mode === 'signIn' ? 'Sign in' : 'Create the account'}
        </button>
      </form>
    </main>
  );
}
