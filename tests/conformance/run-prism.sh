#!/usr/bin/env bash
# Conformance: rankdesk-sim behind Stoplight Prism (validating proxy, --errors) with the Roblox
# OpenAPI spec; Rankdesk's client flows (tst_conformance) go through Prism. Fails on any violation.
# Usage: run-prism.sh SIM_BINARY CONFORMANCE_BINARY SPEC
set -euo pipefail
sim_bin=$1 test_bin=$2 spec=$3
here=$(cd "$(dirname "$0")" && pwd)
prism="$here/node_modules/.bin/prism"
if [[ ! -x "$prism" ]]; then
  echo "conformance: Prism is not installed; run: (cd tests/conformance && npm ci)" >&2
  exit 1
fi
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

key="conformance-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
export RANKDESK_SIM_KEYS="$key"
"$sim_bin" --port 0 --members 300 --key-env RANKDESK_SIM_KEYS > "$work/sim.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do grep -q 'listening on' "$work/sim.log" && break; sleep 0.1; done
sim_url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/sim.log" | head -1)
[[ -n "$sim_url" ]] || { echo "conformance: the simulator did not start"; cat "$work/sim.log"; exit 1; }

# A free port for Prism: ask the kernel, then hand it over.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
"$prism" proxy --errors -h 127.0.0.1 -p "$port" "$spec" "$sim_url" > "$work/prism.log" 2>&1 &
pids+=($!)
for _ in $(seq 300); do grep -q 'Prism is listening' "$work/prism.log" && break; sleep 0.1; done
grep -q 'Prism is listening' "$work/prism.log" || { echo "conformance: Prism did not start"; cat "$work/prism.log"; exit 1; }

status=0
RANKDESK_CONFORMANCE_URL="http://127.0.0.1:$port" RANKDESK_CONFORMANCE_KEY="$key" \
RANKDESK_CONFORMANCE_GROUP=5402173 "$test_bin" || status=$?

requests=$(grep -c 'Request received' "$work/prism.log" || true)
# Only the validator's findings and error-level lines count: Prism's start-up listing shows example
# paths made of random words (which may well include "error").
findings='\[VALIDATOR\]|Violation|✖'
if grep -qE "$findings" "$work/prism.log"; then
  echo "conformance: Prism reported violations:"
  grep -E -B2 "$findings" "$work/prism.log" | head -60
  status=1
fi
echo "conformance: $requests requests validated by Prism against $(basename "$spec")"
exit $status
