#!/usr/bin/env bash
# Vets and tests the Go client offline, against Debian's Go libraries (see README.md): go.mod
# names the real module versions; go.offline.mod adds a local directory for each of them.
#
#   clients/go/test.sh [go test flags...]     e.g. -short (no server), -run TestSeed, -v
#
# The server tests use $COGNITO_GRPC_ADDRESS when set, else start
# $COGNITO_GRPC_BIN or <repo>/.venv/bin/cognito-grpc on a free 127.0.0.1 port.
set -euo pipefail
cd "$(dirname "$0")"

export GOFLAGS="-mod=mod -modfile=go.offline.mod" GOPROXY=off GOSUMDB=off GOTOOLCHAIN=local \
  GO111MODULE=on
export CGO_ENABLED="${CGO_ENABLED:-0}"
# Without a writable HOME, the build cache and GOPATH go under /tmp.
if [ -z "${HOME:-}" ] || [ ! -w "${HOME}" ]; then
  export GOCACHE="${GOCACHE:-${TMPDIR:-/tmp}/cognito-grpc-gocache}"
  export GOPATH="${GOPATH:-${TMPDIR:-/tmp}/cognito-grpc-gopath}"
fi

command -v go >/dev/null || { echo "test.sh: go not found: apt-get install golang-go (see README.md)" >&2; exit 1; }

unformatted="$(gofmt -l cognitogrpc examples)"
if [ -n "$unformatted" ]; then
  echo "test.sh: not gofmt-ed:" >&2
  echo "$unformatted" >&2
  exit 1
fi
go vet ./...
go test -count=1 -timeout 10m "$@" ./...
