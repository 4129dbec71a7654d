import { createLogger, type Logger } from '../../src/server/logger';

/** A logger at debug level whose JSON lines a test reads and asserts on, instead of printing them. */
export function capturedLog(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: createLogger('debug', { write: (line: string) => void lines.push(line) }), lines };
}
