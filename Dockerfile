# syntax=docker/dockerfile:1
#
# cognito-grpc container image.
#
#   docker build -t cognito-grpc:0.1.0 .
#   docker run --rm -p 50051:50051 -p 9464:9464 \
#     -v "$PWD/api-keys:/etc/cognito-grpc/api-keys:ro" cognito-grpc:0.1.0
#
# Stage "builder" turns both distributions (clients/python and the server) and every dependency
# into wheels, at the versions pinned in constraints.txt. The runtime stage installs those wheels
# offline (--no-index) into a virtualenv on a clean slim image: no compiler, no source tree, no
# pip cache, a non-root numeric user. The server is configured only through COGNITO_GRPC_*
# environment variables (see "Deploying" in README.md).
#
# tests/deploy/test_image_steps.py replays the RUN steps of both stages outside Docker (no
# Docker engine on the development machines): keep the builder's paths relative to its WORKDIR,
# the runtime's wheels bind-mounted at /wheels, and the virtualenv at $VIRTUAL_ENV.

FROM python:3.11.14-slim-bookworm AS builder

ENV PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /build
COPY constraints.txt pyproject.toml README.md ./
COPY clients/python/ clients/python/
COPY src/ src/

# Every wheel the runtime needs, ours and all dependencies, pinned by constraints.txt. The
# cache mount only speeds up rebuilds: it is never part of an image.
RUN --mount=type=cache,target=/root/.cache/pip \
    pip wheel --constraint constraints.txt --wheel-dir wheels ./clients/python .


FROM python:3.11.14-slim-bookworm

LABEL org.opencontainers.image.title="cognito-grpc" \
      org.opencontainers.image.description="The Amazon Cognito user pools API (cognito-idp) as a gRPC service" \
      org.opencontainers.image.licenses="Apache-2.0"

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PYTHONUNBUFFERED=1 \
    VIRTUAL_ENV=/opt/cognito-grpc \
    PATH=/opt/cognito-grpc/bin:$PATH

RUN groupadd --system --gid 10001 cognito-grpc \
 && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin cognito-grpc \
 && install -d -o 10001 -g 10001 -m 0750 /var/lib/cognito-grpc

# Offline install from the builder's wheels; the bind mount keeps them out of every layer.
# pip byte-compiles here, so a read-only root filesystem costs nothing at start-up.
RUN --mount=type=bind,from=builder,source=/build/wheels,target=/wheels \
    python -m venv "$VIRTUAL_ENV" \
 && pip install --no-index --find-links /wheels /wheels/cognito_grpc-*.whl

# Set after the install so that pip still writes .pyc files into the image.
ENV PYTHONDONTWRITEBYTECODE=1 \
    COGNITO_GRPC_LISTEN=0.0.0.0:50051 \
    COGNITO_GRPC_METRICS_ADDRESS=127.0.0.1:9464 \
    COGNITO_GRPC_LOG_FORMAT=json \
    COGNITO_GRPC_AUTH=api-key \
    COGNITO_GRPC_DATA_DIR=/var/lib/cognito-grpc

# The embedded backend's state (SQLite): mount a volume here to keep it (the aws and endpoint
# backends never write to it).
VOLUME ["/var/lib/cognito-grpc"]

# Secure by default: a non-loopback listener needs authentication, so the image asks for API
# keys, read from a file mounted at this path (a Kubernetes Secret, a docker -v ...:ro). For a
# throwaway local run instead: -e COGNITO_GRPC_AUTH=none
# -e COGNITO_GRPC_INSECURE_ALLOW_UNAUTHENTICATED=true.
# DL3064 flags the word KEYS in the name; the value is a file path, not a credential.
# hadolint ignore=DL3064
ENV COGNITO_GRPC_API_KEYS_FILE=/etc/cognito-grpc/api-keys

USER 10001:10001
WORKDIR /tmp

# 50051: gRPC (COGNITO_GRPC_LISTEN); 9464: Prometheus /metrics (COGNITO_GRPC_METRICS_ADDRESS).
EXPOSE 50051 9464

# Exit 0 only while grpc.health.v1 says SERVING. The port follows COGNITO_GRPC_LISTEN, so
# overriding the listen address at run time keeps the check pointed at the server.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["sh", "-c", "exec python -m cognito_grpc.healthcheck --address \"127.0.0.1:${COGNITO_GRPC_LISTEN##*:}\""]

STOPSIGNAL SIGTERM
ENTRYPOINT ["cognito-grpc", "serve"]
