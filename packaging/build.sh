#!/usr/bin/env bash
# Build the packaged binary on Debian/Ubuntu (the README's "Build the binary"):
#
#   bash packaging/build.sh            dist/charter/ and the release archive in dist/
#   bash packaging/build.sh --hello    also the hello-world comparison bundle dist/hello/hello/
#   bash packaging/build.sh --no-release
#
# Installs the build host's system libraries when missing (PyInstaller copies them into the
# bundle, so a library missing here is missing on every target), sets up .venv through
# scripts/dev.sh, runs PyInstaller and fails on "Library not found" warnings for bundled binaries.
set -euo pipefail
cd "$(dirname "$0")/.."

# Every library the Qt platform plugins (offscreen, xcb, wayland) link against (tech-notes.md
# section 1): the bundle carries them, so they must all be on the build host. binutils: strip and
# readelf (orphan pruning).
BUILD_PACKAGES=(
  libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfreetype6 libfontconfig1 libdbus-1-3
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libx11-xcb1
  libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shm0 libxcb-sync1
  libxcb-xfixes0 libxcb-xkb1 libxcb-util1
  binutils
)

hello=0
release=1
for arg in "$@"; do
  case "$arg" in
    --hello) hello=1 ;;
    --no-release) release=0 ;;
    *) echo "build.sh: unknown option $arg (use --hello, --no-release)" >&2; exit 2 ;;
  esac
done

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_build_packages() {
  command -v dpkg-query >/dev/null || { echo "build.sh: needs Debian/Ubuntu (dpkg)" >&2; exit 2; }
  local missing=()
  for pkg in "${BUILD_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      echo "build.sh: please install these system packages first: ${missing[*]}" >&2; exit 1
    fi
  fi
  say "installing build host libraries: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# build_spec SPEC NAME DISTPATH WORKPATH: build, keep the full log, check it.
build_spec() {
  local spec="$1" name="$2" distpath="$3" workpath="$4"
  local log="$workpath/pyinstaller-$name.log"
  mkdir -p "$workpath"
  say "pyinstaller $spec (log: $log)"
  # Nothing from the caller's environment may leak into what gets analysed and bundled.
  if ! env -u PYTHONPATH -u PYTHONHOME PYTHONNOUSERSITE=1 .venv/bin/pyinstaller --noconfirm --clean \
      --distpath "$distpath" --workpath "$workpath" "$spec" >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "build.sh: pyinstaller failed for $spec (full log: $log)" >&2
    exit 1
  fi
  grep -E "^charter bundle: (version|[0-9]+ own modules)" "$log" || true
  echo "$(grep -c "pruned orphan" "$log" || true) orphaned libraries pruned (listed in $log)"
  .venv/bin/python packaging/check_build_log.py "$log" "$distpath/$name"
}

install_build_packages
bash scripts/dev.sh setup

start=$SECONDS
build_spec build.spec charter dist build
echo "dist/charter: $(du -sb dist/charter | cut -f1) bytes ($(du -sm dist/charter | cut -f1) MiB), built in $((SECONDS - start)) s"

if [ "$hello" = 1 ]; then
  build_spec packaging/hello/hello.spec hello dist/hello build/hello
  echo "dist/hello/hello: $(du -sb dist/hello/hello | cut -f1) bytes ($(du -sm dist/hello/hello | cut -f1) MiB)"
fi

if [ "$release" = 1 ]; then
  say "release archive"
  bash packaging/make-release.sh dist
fi
