#!/usr/bin/env bash
# Starts the provisioned server with the demo data, on an H2 database outside the build
# directory so that the data survives a rebuild and a restart. Ctrl-C stops the server.
# Called by `./mvnw -Pdemo` (README.md) with the server directory as its argument.
set -euo pipefail

server=${1:?usage: run-demo.sh <server directory>}
data=${OUDERPORTAAL_DEMO_DIR:-$HOME/.ouderportaal/demo}
mkdir -p "$data"

export OUDERPORTAAL_DEMO_DATA=true
# standalone.sh then passes Ctrl-C and TERM on to the server, which shuts down cleanly
export LAUNCH_JBOSS_IN_BACKGROUND=true
export APP_DB_URL=${APP_DB_URL:-"jdbc:h2:file:$data/ouderportaal;DB_CLOSE_ON_EXIT=FALSE"}

"$server/bin/standalone.sh" &
pid=$!
trap 'kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; exit 0' INT TERM

ready() {
  # a plain HTTP request from bash itself: a fresh machine may have no curl
  exec 3<>/dev/tcp/127.0.0.1/8080 || return 1
  printf 'GET /portal/login.xhtml HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
  local status
  read -r status <&3 || true
  exec 3<&-
  [[ $status == *" 200"* ]]
}

for _ in $(seq 1 240); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "The server stopped; see $server/standalone/log/server.log" >&2
    exit 1
  fi
  if ready 2>/dev/null; then
    # the demo data prints its log-ins when it starts: show the last time it did
    awk '/Ouderportaal demo\. Every/ { block = ""; n = 7 } n > 0 { block = block $0 "\n"; n-- } END { printf "\n%s", block }' \
      "$server/standalone/log/server.log"
    echo " Data: $data (delete it to start again). Ctrl-C stops the server."
    echo
    break
  fi
  sleep 1
done
wait "$pid"
