# syntax=docker/dockerfile:1
# The API and the dashboard in one image: build everything once, then keep only the sources the
# service runs (Node.js 24 runs the TypeScript directly), the production dependencies and the
# built dashboard. Runs as the unprivileged `node` user; state lives in the /data volume.

ARG NODE_VERSION=24

# ---- base: Node.js 24 with the pnpm pinned in package.json (packageManager), via corepack
FROM node:${NODE_VERSION}-bookworm-slim AS base
ENV PNPM_HOME=/pnpm \
    PATH=/pnpm:$PATH \
    COREPACK_ENABLE_DOWNLOAD_PROMPT=0
RUN corepack enable
WORKDIR /app
# Only the manifests, so the dependency layers are rebuilt only when they change.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY schema/package.json schema/
COPY projections/package.json projections/
COPY services/package.json services/
COPY services/bench/package.json services/bench/
COPY dashboard/package.json dashboard/

# ---- deps: every dependency, development ones included, to build the dashboard; not the
# benchmarks' package (native SQLite drivers the image never runs, and the slim image has no compiler).
FROM base AS deps
RUN --mount=type=cache,id=pnpm,target=/pnpm/store pnpm install --frozen-lockfile --ignore-scripts --filter '!@kpi/bench'

# ---- build: the dashboard's static files (dashboard/dist)
FROM deps AS build
COPY . .
RUN pnpm --filter @kpi/dashboard build

# ---- prod-deps: the service and the workspace packages it imports, production dependencies only
FROM base AS prod-deps
RUN --mount=type=cache,id=pnpm,target=/pnpm/store \
    pnpm install --frozen-lockfile --prod --filter "@kpi/services..."

# ---- runtime: what runs in production
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    DATA_DIR=/data \
    DASHBOARD_DIST=/app/dashboard/dist
WORKDIR /app
COPY --from=prod-deps /app/package.json /app/pnpm-workspace.yaml ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=prod-deps /app/schema ./schema
COPY --from=prod-deps /app/projections ./projections
COPY --from=prod-deps /app/services ./services
COPY schema/src ./schema/src
COPY projections/src ./projections/src
COPY services/src ./services/src
COPY --from=build /app/dashboard/dist ./dashboard/dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 4000
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# A heap of up to half the container's memory, as `npm start` gives (docs/operations.md, "Memory").
ENV NODE_OPTIONS=--max-old-space-size-percentage=50
CMD ["node", "services/src/main.ts"]
