import { pino, type Logger } from 'pino';
import type { Config } from '../config';

export type { Logger };

/** JSON logs on stdout; passwords and tokens are never logged. */
export function createLogger(level: Config['logLevel']): Logger {
  return pino({ level, redact: ['password', '*.password', 'token', '*.token', 'authorization', '*.authorization'] });
}
