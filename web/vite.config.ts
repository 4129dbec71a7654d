import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const client = new URL('../client/src/', import.meta.url).pathname;

// The app as the server serves it from web/dist (the API's own origin, so no CORS and no base URL),
// and `npm run dev -w web` with the API proxied from `npm start`.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  plugins: [react()],
  resolve: {
    // The client package from its sources, as tsconfig's paths and the tests resolve it.
    alias: [
      { find: /^@realtime-api\/client$/, replacement: `${client}index.ts` },
      { find: /^@realtime-api\/client\/(.*)$/, replacement: `${client}$1.ts` },
    ],
  },
  build: { outDir: 'dist', emptyOutDir: true, reportCompressedSize: false },
  server: { proxy: { '/graphql': { target: 'http://127.0.0.1:4000', ws: true } } },
});
