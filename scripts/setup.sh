#!/usr/bin/env bash
# Makes this checkout runnable on a bare machine, and is cheap when nothing changed:
#   1. system packages (Java 17, Maven; Chromium for the browser tests) from Debian,
#   2. npm packages (npm ci) when package-lock.json changed,
#   3. the embedded Neo4j 5.26 (Maven, from Maven Central) when its pom or launcher changed,
#   4. the TypeScript server and the front-end bundle.
# `npm start` and `npm test` run it first (prestart / pretest).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

apt_install() {
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    say "missing: $*. Install them (Debian: apt-get install -y $*) and run again."
    exit 1
  fi
  say "installing Debian packages: $*"
  if [ -z "${LIANPU_APT_UPDATED:-}" ]; then
    apt-get update -qq >&2
    export LIANPU_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
}

# 1. System packages.
java_major() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1; }
if ! command -v java >/dev/null || [ "$(java_major)" -lt 17 ]; then apt_install openjdk-17-jdk-headless; fi
command -v mvn >/dev/null || apt_install maven
if [ "${LIANPU_SKIP_BROWSER:-0}" != 1 ] && ! command -v chromium >/dev/null; then
  apt_install chromium fonts-noto-cjk
fi

stamp() { cat "$@" | sha256sum | cut -d' ' -f1; }

# 2. npm packages.
lock_hash=$(stamp package-lock.json)
if [ ! -f node_modules/.lianpu-lock ] || [ "$(cat node_modules/.lianpu-lock)" != "$lock_hash" ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error >&2
  echo "$lock_hash" > node_modules/.lianpu-lock
fi

# 3. The embedded Neo4j.
neo4j_hash=$(stamp server/neo4j/pom.xml $(find server/neo4j/src -type f | sort))
if [ ! -f server/neo4j/target/.lianpu-build ] || [ "$(cat server/neo4j/target/.lianpu-build)" != "$neo4j_hash" ]; then
  say "building the embedded Neo4j 5.26 (Maven; the first run downloads ~130 MB from Maven Central)"
  mvn -B -q -f server/neo4j/pom.xml package -DskipTests >&2
  echo "$neo4j_hash" > server/neo4j/target/.lianpu-build
fi

# 4. Server and front end.
say "building the server and the front end"
npm run --silent build >&2
