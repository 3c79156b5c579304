#!/usr/bin/env bash
# Rankdesk on a fresh Debian 12: install what is missing, build, then run or test.
#   ./setup.sh run [rankdesk options]   build (RelWithDebInfo) and open Rankdesk on the Sandbox group
#   ./setup.sh test                     build (Debug, ASan+UBSan, -Werror) and run the whole test suite
# Knobs: BUILD_DIR, SKIP_APT=1, JOBS, FUZZ_SECONDS (default 60).
set -euo pipefail
cd "$(dirname "$0")"
mode=${1:-run}
[[ $# -gt 0 ]] && shift

PKGS=(
  cmake ninja-build g++ python3
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev   # HttpServer's CMake config needs WebSockets (missing Debian dependency)
  libqt6svg6                              # SVG icons
  qt6-charts-dev libqt6opengl6-dev        # history chart; Charts' CMake config needs OpenGL (missing Debian dependency)
  qtkeychain-qt6-dev libsecret-1-0        # secrets in the system keychain (libsecret is only Recommended by QtKeychain)
  qt6-translations-l10n                   # Qt's own strings (Cancel, Yes, No) in de, es and pt_BR
  libgl-dev fonts-dejavu-core
)
if [[ $mode == test ]]; then
  PKGS+=(clang libclang-rt-14-dev)        # libFuzzer for the CSV reader's fuzz target
  PKGS+=(postgresql libqt6sql6-psql)      # the storage tests' own PostgreSQL server, and Qt's driver for it
  command -v node >/dev/null 2>&1 || PKGS+=(nodejs npm)   # Stoplight Prism for the conformance test
fi

install_missing() {
  [[ "${SKIP_APT:-0}" == 1 ]] && return
  local missing=()
  for p in "${PKGS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

jobs=${JOBS:-$(nproc)}
install_missing

case $mode in
run)
  build=${BUILD_DIR:-build}
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRANKDESK_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build" --parallel "$jobs"
  if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "setup: no display to open a window on (DISPLAY/WAYLAND_DISPLAY unset)." >&2
    echo "       From a desktop session run: $build/app/desktop/rankdesk" >&2
    exit 1
  fi
  exec "$build/app/desktop/rankdesk" "$@"
  ;;
test)
  build=${BUILD_DIR:-build-ci}
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DRANKDESK_WERROR=ON -DRANKDESK_SANITIZE=ON >/dev/null
  cmake --build "$build" --parallel "$jobs"
  if [[ ! -x tests/conformance/node_modules/.bin/prism ]]; then
    (cd tests/conformance && npm ci --no-audit --no-fund --loglevel=error)
  fi
  tmp=$(mktemp -d)
  pgdata=""
  cleanup() {
    if [[ -n "$pgdata" ]]; then
      "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true
      rm -rf "$pgdata"
    fi
    rm -rf "$tmp"
  }
  trap cleanup EXIT
  # A PostgreSQL server of the tests' own: a throwaway cluster on a loopback port, removed at exit.
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  pgdata=$(mktemp -d /tmp/rankdesk-pg.XXXXXX)
  as_pg=()
  if [[ $(id -u) -eq 0 ]]; then   # initdb refuses to run as root
    chown postgres: "$pgdata"
    as_pg=(runuser -u postgres --)
  fi
  pgport=$(( 20000 + RANDOM % 20000 ))
  "${as_pg[@]}" "$pgbin/initdb" -D "$pgdata" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w \
    -o "-p $pgport -k $pgdata -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  "${as_pg[@]}" "$pgbin/createdb" -h 127.0.0.1 -p "$pgport" -U postgres rankdesk_test
  export TEST_PG_HOST=127.0.0.1 TEST_PG_PORT=$pgport TEST_PG_USER=postgres TEST_PG_DB=rankdesk_test RANKDESK_REQUIRE_PG=1
  # Tests never touch the user's settings or data: their own HOME and runtime dir.
  export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/xdg" QT_QPA_PLATFORM=offscreen
  mkdir -p -m 700 "$HOME" "$XDG_RUNTIME_DIR"
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  export LSAN_OPTIONS="suppressions=$PWD/.ci/lsan.supp"
  ctest --test-dir "$build" --output-on-failure --parallel "$jobs" --timeout 300 "$@"
  # The fuzz targets: a clang build of the core with libFuzzer, ASan and UBSan, fuzzed for a
  # bounded time (FUZZ_SECONDS) from the CSV corpus.
  fuzz=${build}-fuzz
  cmake -S . -B "$fuzz" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ -DRANKDESK_FUZZ=ON \
    -DRANKDESK_SANITIZE=ON -DRANKDESK_WERROR=ON -DRANKDESK_FUZZ_SECONDS="${FUZZ_SECONDS:-60}" >/dev/null
  cmake --build "$fuzz" --parallel "$jobs"
  ctest --test-dir "$fuzz" --output-on-failure
  ;;
*)
  echo "usage: $0 run|test" >&2
  exit 2
  ;;
esac
