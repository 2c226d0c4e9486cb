#!/usr/bin/env bash
# Run the bundle on a minimal Debian 12 with only the packages the README documents.
#
#   bash packaging/check-bare-debian.sh [BUNDLE_DIR]      (as root; BUNDLE_DIR defaults to dist/charter)
#
# debootstraps `--variant=minbase bookworm` (about the `debian:12` image) once into
# $CHARTER_BARE_DIR (default /var/tmp/charter-bare-debian/base) and reuses it; every run copies it,
# installs only `libgl1 libegl1 fonts-dejavu-core fontconfig-config` with --no-install-recommends,
# and runs inside the chroot: --version, validate, export --format pdf (fonts embedded, no
# fontconfig errors), --smoke-test offscreen and, when Xvfb is on the host, --smoke-test on xcb
# (the host's X socket is bind-mounted in). Needs debootstrap (apt-get install debootstrap) and
# the network for the Debian mirror ($DEBIAN_MIRROR). Exit status 0 when every check passed.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"

bundle="$(cd "${1:-dist/charter}" && pwd)"
state="${CHARTER_BARE_DIR:-/var/tmp/charter-bare-debian}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
RUNTIME_PACKAGES=(libgl1 libegl1 fonts-dejavu-core fontconfig-config)
EXAMPLE=examples/meridian-securities-hub.playbook.yaml

die() { echo "check-bare-debian: $*" >&2; exit 2; }
[ "$(id -u)" = 0 ] || die "run as root (debootstrap and chroot)"
command -v debootstrap >/dev/null || die "needs debootstrap: apt-get install debootstrap"
[ -x "$bundle/charter" ] || die "no bundle at $bundle (build it first)"
t0=$SECONDS

base="$state/base"
if [ ! -f "$base/.complete" ]; then
  echo "== debootstrap --variant=minbase bookworm into $base"
  rm -rf "$base"
  mkdir -p "$state"
  debootstrap --variant=minbase bookworm "$base" "$mirror" >"$state/debootstrap.log" 2>&1 \
    || { tail -n 20 "$state/debootstrap.log" >&2; die "debootstrap failed (log: $state/debootstrap.log)"; }
  touch "$base/.complete"
fi
echo "   base system ready after $((SECONDS - t0)) s ($(chroot "$base" dpkg-query -W | wc -l) packages)"

run_root="$state/run"
mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
  rm -rf "$run_root"
}
trap cleanup EXIT
rm -rf "$run_root"
cp -a "$base" "$run_root"
mount -t proc proc "$run_root/proc"; mounted+=("$run_root/proc")
mount --bind /dev "$run_root/dev"; mounted+=("$run_root/dev")
cp /etc/resolv.conf "$run_root/etc/resolv.conf"

echo "== apt-get install --no-install-recommends ${RUNTIME_PACKAGES[*]}"
t1=$SECONDS
chroot "$run_root" apt-get update -qq >/dev/null
chroot "$run_root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  "${RUNTIME_PACKAGES[@]}" >"$state/apt.log" 2>&1 || { tail -n 20 "$state/apt.log" >&2; die "apt-get install failed"; }
echo "   installed in $((SECONDS - t1)) s; $(chroot "$run_root" dpkg-query -W | wc -l) packages now"

cp -a "$bundle" "$run_root/opt/charter"
cp "$EXAMPLE" "$run_root/root/example.playbook.yaml"

failures=0
ok() { printf '   ok    %s\n' "$*"; }
fail() { printf '   FAIL  %s\n' "$*"; failures=$((failures + 1)); }
# in_chroot LIMIT ENV... -- COMMAND...: a clean environment, like a fresh login.
in_chroot() {
  local limit="$1"; shift
  set +e
  timeout --kill-after=5 "$limit" chroot "$run_root" env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 "$@" \
    >"$state/out" 2>"$state/err"
  rc=$?
  set -e
  out="$(cat "$state/out")"; err="$(cat "$state/err")"
}
clean_stderr() {
  # Qt's offscreen plugin notes what it cannot do; anything else on stderr is a finding.
  grep -v -e "This plugin does not support" <<<"$err" | grep . || true
}

echo "== the bundle inside the chroot"
version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$repo/playbooks/__init__.py")"
in_chroot 60 /opt/charter/charter --version
if [ "$rc" = 0 ] && [ "$out" = "charter $version" ]; then ok "--version: $out"; else fail "--version: exit $rc: ${err:0:300}"; fi

in_chroot 60 /opt/charter/charter validate /root/example.playbook.yaml
if [ "$rc" -le 1 ] && [ -z "$(clean_stderr)" ]; then ok "validate: exit $rc"; else fail "validate: exit $rc: ${err:0:300}"; fi

in_chroot 120 /opt/charter/charter export --format pdf -o /root/example.pdf /root/example.playbook.yaml
if [ "$rc" = 0 ] && [ -z "$(clean_stderr)" ] && head -c 5 "$run_root/root/example.pdf" | grep -q '%PDF-'; then
  fonts="$(pdffonts "$run_root/root/example.pdf" 2>/dev/null | awk 'NR > 2 { print $1 }' | sort -u | tr '\n' ' ')"
  if grep -q "DejaVu" <<<"$fonts"; then ok "export --format pdf: fonts $fonts"; else fail "export --format pdf: no DejaVu font embedded ($fonts)"; fi
else
  fail "export --format pdf: exit $rc: $(clean_stderr | head -n 3)"
fi

in_chroot 120 QT_QPA_PLATFORM=offscreen /opt/charter/charter --smoke-test /root/example.playbook.yaml
if [ "$rc" = 0 ] && grep -qE '^[0-9]+' <<<"$out" && [ -z "$(clean_stderr)" ]; then
  ok "--smoke-test offscreen: ${out%%$'\n'*} ms"
else
  fail "--smoke-test offscreen: exit $rc: $(clean_stderr | head -n 3)"
fi

if command -v Xvfb >/dev/null; then
  display=:97
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  sleep 1
  mkdir -p "$run_root/tmp/.X11-unix"
  mount --bind /tmp/.X11-unix "$run_root/tmp/.X11-unix"; mounted+=("$run_root/tmp/.X11-unix")
  in_chroot 120 DISPLAY="$display" /opt/charter/charter --smoke-test /root/example.playbook.yaml
  kill "$xvfb_pid" 2>/dev/null || true
  wait "$xvfb_pid" 2>/dev/null || true
  if [ "$rc" = 0 ] && grep -qE '^[0-9]+' <<<"$out" && [ -z "$(clean_stderr)" ]; then
    ok "--smoke-test on xcb (Xvfb): ${out%%$'\n'*} ms"
  else
    fail "--smoke-test on xcb (Xvfb): exit $rc: $(clean_stderr | head -n 3)"
  fi
else
  echo "   skip  --smoke-test on xcb: no Xvfb on the host"
fi

echo "== $((SECONDS - t0)) s in all"
if [ "$failures" -gt 0 ]; then echo "check-bare-debian: $failures check(s) failed"; exit 1; fi
echo "check-bare-debian: the bundle runs on a minimal Debian 12 with ${RUNTIME_PACKAGES[*]}"
