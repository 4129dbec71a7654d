import { useDisableIntrospection } from '@envelop/disable-introspection';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { useResultErrors, withMessage } from './error-codes';

// graphql-js ends a message with its guess at the name meant: ` Did you mean "me"?`,
// `… the enum value "PENDING"?`, `… to use an inline fragment on "Order"?`. Always last; names hold no "?".
const SUGGESTION = / Did you mean [^?]*\?$/;

function withoutSuggestion<E extends Error>(error: E): E | GraphQLError {
  return error instanceof GraphQLError && SUGGESTION.test(error.message)
    ? withMessage(error, error.message.replace(SUGGESTION, ''))
    : error;
}

/**
 * Error messages without "Did you mean ...?", which would spell out the
 * schema's fields, arguments, types and enum values to anyone guessing:
 * validation errors, and variable errors (raised as the operation starts).
 * graphql-armor's block-field-suggestions misses variable errors, enum
 * values and inline fragments.
 */
function useHiddenSuggestions(): Plugin[] {
  const inValidation: Plugin = {
    onValidate:
      () =>
      ({ valid, result, setResult }) => {
        if (!valid) setResult(result.map(withoutSuggestion));
      },
  };
  return [inValidation, useResultErrors(withoutSuggestion)];
}

/**
 * What a client may learn of the schema beyond its own operations. These are
 * envelop hooks of validation and execution, so they hold wherever an
 * operation runs: over HTTP and graphql-ws alike. (yoga's own
 * disable-introspection plugin marks requests in onRequestParse, which
 * graphql-ws does not run.)
 */
export function schemaDisclosure({ introspection, fieldSuggestions }: { introspection: boolean; fieldSuggestions: boolean }): Plugin[] {
  // envelop's plugin, typed for any context: yoga runs it as it is.
  const noIntrospection = useDisableIntrospection() as Plugin;
  return [...(introspection ? [] : [noIntrospection]), ...(fieldSuggestions ? [] : useHiddenSuggestions())];
}
