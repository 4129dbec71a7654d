import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

// The header (any value) that lets a GET, a form or a text/plain POST through.
const CSRF_HEADER = 'x-graphql-yoga-csrf';

const REFUSAL =
  `Send the body as application/json, or add the ${CSRF_HEADER} header (any value): ` +
  'a request with neither could have been sent by a page on another site.';

/**
 * A page on another site can make a browser send a form, multipart or
 * text/plain POST, or a GET, without asking the server first (no CORS
 * preflight). yoga's CSRF prevention refuses those with 403 unless they carry
 * CSRF_HEADER, which only a script the server allowed could set; this gives
 * its error BAD_REQUEST and a message that says what to send. JSON POSTs
 * always pass.
 */
export function useCsrfPrevention(): Plugin {
  const { onRequestParse } = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      try {
        return onRequestParse?.(payload);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        throw new GraphQLError(REFUSAL, { extensions: { ...error.extensions, code: 'BAD_REQUEST' } });
      }
    },
  };
}
