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

# Every library the Qt platform plugins (offscreen, xcb, wayland) link against must be on the
# build host: PyInstaller copies them into the bundle, so a library missing here is missing on
# every target. scripts/dev.sh setup installs them (its SYSTEM_PACKAGES, with binutils for strip
# and readelf) and the venv.
command -v dpkg-query >/dev/null || { echo "build.sh: needs Debian/Ubuntu (dpkg)" >&2; exit 2; }
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
