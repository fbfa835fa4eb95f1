#!/usr/bin/env bash
# Daicho's one entry point on a fresh Debian 12 machine.
#   ./daicho.sh run    install what is missing, build, create the demo database on first
#                      use and open the application on it
#   ./daicho.sh test   install what is missing, build, run every test (ctest)
#   ./daicho.sh build  install and build only
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build_dir="${DAICHO_BUILD_DIR:-$here/build}"
demo_dir="${DAICHO_DEMO_DIR:-$here/demo}"
jobs="${DAICHO_JOBS:-2}"

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6svg6 qt6-qpa-plugins
  libsqlcipher-dev libbotan-2-dev catch2 libxlsxwriter-dev zlib1g-dev
  fonts-morisawa-bizud-gothic fonts-morisawa-bizud-mincho fonts-ipamj-mincho
  xvfb xauth poppler-utils clang-format git
)

say() { printf 'daicho.sh: %s\n' "$*" >&2; }

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { say "run as root or install sudo to install: ${missing[*]}"; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  local werror=OFF
  [ "${CI:-}" = "true" ] && werror=ON
  cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDAICHO_WERROR="$werror" >/dev/null
  cmake --build "$build_dir" -j "$jobs"
}

case "${1:-}" in
  run)
    install_missing
    build
    mkdir -p "$demo_dir"
    if [ ! -f "$demo_dir/demo.daicho" ]; then
      say "creating the demo database in $demo_dir (first run only; about fifteen seconds)"
      "$build_dir/app/daicho-cli" demo "$demo_dir/demo.daicho"
    fi
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
      say "no display found: run it on a desktop, or with a virtual one: xvfb-run ./daicho.sh run"
      exit 1
    fi
    exec "$build_dir/app/daicho" "$demo_dir/demo.daicho"
    ;;
  test)
    install_missing
    # The tests never rewrite tracked files: a string without a translation fails the
    # translations test (which runs lupdate on copies) instead.
    build
    cd "$build_dir"
    ctest --output-on-failure -j "$jobs" --timeout 600
    ;;
  build)
    install_missing
    build
    ;;
  *)
    echo "usage: ./daicho.sh run | test | build" >&2
    exit 2
    ;;
esac
