# The API server. `npm start` runs the TypeScript sources with tsx (a runtime
# dependency), so there is no build step.
FROM node:20-bookworm-slim

WORKDIR /app
# The node user owns /app, so that embedded PGlite (used when DATABASE_URL is
# not set) can create its .data directory.
RUN chown node:node /app
USER node

# Runtime dependencies only: tests, typecheck and codegen do not run in the image.
COPY --chown=node:node package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

COPY --chown=node:node . .

ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000

# The slim image has no curl: ask /health with Node's fetch.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

CMD ["npm", "start"]
