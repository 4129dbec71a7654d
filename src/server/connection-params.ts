// A bearer value, or a JWT on its own.
const LOOKS_LIKE_A_TOKEN = /^(Bearer\s+\S+|[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,})$/i;

/** What connection_init's payload says about signing in. */
export interface SignIn {
  /** The `authorization` value, under that key in any case (as in HTTP headers); undefined when absent. */
  authorization: unknown;
  /** When there is none but a token sits under a key the server does not read: which key to use instead. */
  hint?: string;
}

/**
 * Takes the sign-in out of connectionParams (graphql-ws keeps the params for
 * the socket's lifetime; the token need not stay with them).
 */
export function takeSignIn(params: Record<string, unknown> | undefined): SignIn {
  if (!params) return { authorization: undefined };
  const key = Object.keys(params).find((name) => name.toLowerCase() === 'authorization');
  if (key !== undefined) {
    const authorization = params[key];
    delete params[key];
    return { authorization };
  }
  const misplaced = misplacedToken(params);
  return {
    authorization: undefined,
    hint: misplaced && `connectionParams.${misplaced} is not read: send the token as connectionParams.authorization = "Bearer <token>".`,
  };
}

/** The path of a value that looks like a token, one level of nesting deep (`headers.Authorization`, say). */
function misplacedToken(params: Record<string, unknown>, depth = 1): string | undefined {
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' && LOOKS_LIKE_A_TOKEN.test(value.trim())) return key;
    if (depth > 0 && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const inner = misplacedToken(value as Record<string, unknown>, depth - 1);
      if (inner) return `${key}.${inner}`;
    }
  }
  return undefined;
}
