# The API server and its web app. The first stage bundles src/ into
# dist/main.js (`npm run build`) and builds the app into web/dist (`npm run
# build:web`); the image runs the bundle with node itself, so `docker stop`'s SIGTERM
# reaches the server, which drains (sockets closed with 1001) and exits 0
# (through npm, the signal would stop at npm's shell).
FROM node:20-bookworm-slim AS build

WORKDIR /app
COPY package.json package-lock.json ./
COPY client/package.json ./client/
COPY web/package.json ./web/
# No scripts: `prepare` builds web/, whose sources are copied below.
RUN npm ci --ignore-scripts
COPY tsconfig.json ./
COPY src ./src
COPY client ./client
COPY web ./web
RUN npm run build && npm run build:web

FROM node:20-bookworm-slim

WORKDIR /app
# The node user owns /app, so that embedded PGlite (used when DATABASE_URL is
# not set) can create its .data directory.
RUN chown node:node /app
USER node

# Runtime dependencies only: tests, typecheck, codegen and the build do not run here.
COPY --chown=node:node package.json package-lock.json ./
COPY --chown=node:node client/package.json ./client/
COPY --chown=node:node web/package.json ./web/
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force

# The bundle finds the migrations at ../drizzle from dist/ (src/migrations.ts).
COPY --chown=node:node drizzle ./drizzle
COPY --from=build --chown=node:node /app/dist ./dist
# Served at / (WEB_DIR, web/dist from the working directory).
COPY --from=build --chown=node:node /app/web/dist ./web/dist

ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000

# The slim image has no curl: ask /health with Node's fetch.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# Source maps: stack traces in the logs name src/ files and lines.
CMD ["node", "--enable-source-maps", "dist/main.js"]
