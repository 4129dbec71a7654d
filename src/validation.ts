import { BadUserInputError } from './errors';

// Argument checks shared by every domain, each failing with BAD_USER_INPUT and the argument's name.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether the value can be an id of this API: every id is a UUID. */
export function isId(value: string): boolean {
  return UUID.test(value);
}

/** An ID argument: every id of this API is a UUID. */
export function checkId(value: string, argumentName: string): string {
  if (!isId(value)) throw new BadUserInputError(`${argumentName} is not a valid id.`, { argumentName });
  return value.toLowerCase();
}

/**
 * A text argument between min and max characters long once trimmed, returned
 * trimmed, or as sent with `verbatim` (message content, whose indentation and
 * newlines are part of it). A lone UTF-16 surrogate (which JSON allows and
 * jsonb refuses) becomes U+FFFD, as it would in UTF-8. (NUL, which PostgreSQL
 * text cannot hold, never gets here: useNulFreeArguments refuses it in every
 * argument.)
 */
export function checkText(
  value: string,
  argumentName: string,
  { min = 1, max, verbatim = false }: { min?: number; max: number; verbatim?: boolean },
): string {
  const text = value.toWellFormed();
  const trimmed = text.trim();
  if (trimmed.length < min || trimmed.length > max) {
    const range = min > 0 ? `between ${min} and ${max} characters` : `at most ${max} characters`;
    throw new BadUserInputError(`${argumentName} must be ${range} long.`, { argumentName });
  }
  return verbatim ? text : trimmed;
}

/** An optional text argument: undefined stays undefined, null or blank clears it. */
export function checkOptionalText(value: string | null | undefined, argumentName: string, max: number): string | null | undefined {
  if (value === undefined || value === null) return value;
  return value.trim() === '' ? null : checkText(value, argumentName, { max });
}

/** An integer argument within [min, max]. */
export function checkInt(value: number, argumentName: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`${argumentName} must be between ${min} and ${max}.`, { argumentName });
  }
  return value;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An email address, lower-cased. */
export function checkEmail(value: string, argumentName = 'email'): string {
  const email = value.trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) {
    throw new BadUserInputError(`${argumentName} is not a valid email address.`, { argumentName });
  }
  return email;
}
