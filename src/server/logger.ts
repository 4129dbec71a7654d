import { pino, type DestinationStream, type LogFn, type Logger } from 'pino';
import type { Config } from '../config';
import { valueFreeError, valueFreeMessage } from './value-free-errors';

export type { Logger };

// pino writes a lone error's message as the line's `msg`, which no serializer reaches.
function logMethod(this: Logger, args: Parameters<LogFn>, method: LogFn): void {
  const [first] = args;
  const error = first instanceof Error ? first : (first as { err?: unknown } | null | undefined)?.err;
  if (args.length === 1 && error instanceof Error) method.call(this, first, valueFreeMessage(error));
  else method.apply(this, args);
}

/**
 * JSON log lines, on stdout unless given a destination. Passwords and
 * tokens are never logged, nor the values in an error (see valueFreeError).
 */
export function createLogger(level: Config['logLevel'], destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: ['password', '*.password', 'token', '*.token', 'authorization', '*.authorization'],
      serializers: { err: valueFreeError },
      hooks: { logMethod },
    },
    destination,
  );
}
