import { fileURLToPath } from 'node:url';

/**
 * The folder of SQL migrations, drizzle/ at the project's root. Found from
 * this module's own URL, which sits one folder below the root both in src/
 * and in the bundle `npm run build` inlines it into (dist/main.js): the same
 * relative path holds whether the server runs from its sources or built,
 * whatever the working directory.
 */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../drizzle', import.meta.url));
