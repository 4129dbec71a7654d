# The API server. The first stage bundles src/ into dist/main.js (`npm run
# build`); the image runs that with node itself, so `docker stop`'s SIGTERM
# reaches the server, which drains (sockets closed with 1001) and exits 0
# (through npm, the signal would stop at npm's shell).
FROM node:20-bookworm-slim AS build

WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

FROM node:20-bookworm-slim

WORKDIR /app
# The node user owns /app, so that embedded PGlite (used when DATABASE_URL is
# not set) can create its .data directory.
RUN chown node:node /app
USER node

# Runtime dependencies only: tests, typecheck, codegen and the build do not run here.
COPY --chown=node:node package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

# The bundle finds the migrations at ../drizzle from dist/ (src/migrations.ts).
COPY --chown=node:node drizzle ./drizzle
COPY --from=build --chown=node:node /app/dist ./dist

ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000

# The slim image has no curl: ask /health with Node's fetch.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# Source maps: stack traces in the logs name src/ files and lines.
CMD ["node", "--enable-source-maps", "dist/main.js"]
