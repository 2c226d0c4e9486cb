#!/usr/bin/env bash
# Install the Debian package on a fresh minimal Debian 12 and use it as IT and its users would.
#
#   bash packaging/check-bare-debian.sh [DEB]      (as root; DEB defaults to dist/charter_<version>_amd64.deb)
#
# 1. A minimal Debian 12 (`debootstrap --variant=minbase bookworm`, about the `debian:12` image),
#    made once into $CHARTER_BARE_CACHE (default /var/cache/charter-ci) and reused until it is a
#    month old; downloaded .debs are cached there too. Every run starts from a fresh copy.
# 2. `dpkg -i` of the package, then `apt-get -f install --no-install-recommends`: the packages apt
#    pulls in must be exactly those the package's Depends need (compared with apt's own plan).
# 3. As an ordinary user (a clean environment, like a fresh login): --version and --version
#    --verbose, validate, a PDF export on Letter paper through CHARTER_CONFIG (page size, embedded
#    DejaVu fonts, the title in the text), `charter config` with a system-locked template folder
#    that the user file tries to change, an export with that folder (its templates run in the
#    sandboxed child process), --smoke-test offscreen and on X (Xvfb on the host, its socket
#    bind-mounted). Each is judged by its exit code and its output; stderr may hold only the
#    lines Charter and Qt are known to print (the smoke test's timings, the offscreen plugin's
#    notes), never a traceback or a library error.
# 4. The desktop: with shared-mime-info and desktop-file-utils installed, *.playbook.yaml is
#    Charter's file type and Charter opens it; the icon is in the hicolor theme.
# 5. `dpkg -r`, then `dpkg -P`: no file of the package remains, the desktop databases forget it,
#    and the only new files left on the machine are the user's own and the site's configuration.
#
# Installs what it needs on the host with apt-get (debootstrap, Xvfb, poppler-utils); needs the
# Debian mirror ($DEBIAN_MIRROR). Exit status 0 when every check passed, 1 when one failed, 2 when
# the check itself could not run.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"

version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' playbooks/__init__.py)"
deb="$(realpath "${1:-dist/charter_${version}_amd64.deb}")"
cache="${CHARTER_BARE_CACHE:-/var/cache/charter-ci}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
max_age_days="${CHARTER_BARE_MAX_AGE_DAYS:-30}"
EXAMPLE=examples/meridian-securities-hub.playbook.yaml
HOST_PACKAGES=(debootstrap xvfb xauth poppler-utils)
# What a user of the package runs as: an ordinary account, uid 1000, in a fresh home.
USER_ID=1000
USER_HOME=/home/officer

die() { echo "check-bare-debian: $*" >&2; exit 2; }
say() { printf '\033[1m== %s\033[0m\n' "$*"; }
[ "$(id -u)" = 0 ] || die "run as root (debootstrap, chroot, dpkg inside the chroot)"
[ -f "$deb" ] || die "no package at $deb (build it first: bash packaging/build.sh)"
t0=$SECONDS

missing=()
for pkg in "${HOST_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing on the host: ${missing[*]}"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]} failed"
fi

# ---- 1. the minimal Debian 12, cached --------------------------------------------------------
base="$cache/bookworm-minbase"
mkdir -p "$cache/apt-archives/partial"
if [ -f "$base/.complete" ] && [ -n "$(find "$base/.complete" -mtime "+$max_age_days" 2>/dev/null)" ]; then
  echo "   the cached base is older than $max_age_days days: rebuilding it"
  rm -f "$base/.complete"
fi
if [ ! -f "$base/.complete" ]; then
  say "debootstrap --variant=minbase bookworm into $base"
  rm -rf "$base"
  debootstrap --variant=minbase --cache-dir="$cache/apt-archives" bookworm "$base" "$mirror" \
    >"$cache/debootstrap.log" 2>&1 \
    || { tail -n 20 "$cache/debootstrap.log" >&2; die "debootstrap failed (log: $cache/debootstrap.log)"; }
  touch "$base/.complete"
fi
echo "   base ready after $((SECONDS - t0)) s ($(chroot "$base" dpkg-query -W | wc -l) packages)"

state="$(mktemp -d /var/tmp/charter-bare.XXXXXX)"
root="$state/root"
mounted=()
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
  rm -rf "$state"
}
trap cleanup EXIT
cp -a --reflink=auto "$base" "$root"
rm -f "$root/.complete"
mount -t proc proc "$root/proc"; mounted+=("$root/proc")
mount --bind /dev "$root/dev"; mounted+=("$root/dev")
mount --bind "$cache/apt-archives" "$root/var/cache/apt/archives"; mounted+=("$root/var/cache/apt/archives")
cp /etc/resolv.conf "$root/etc/resolv.conf"

failures=0
ok() { printf '   ok    %s\n' "$*"; }
fail() { printf '   FAIL  %s\n' "$*"; failures=$((failures + 1)); }
# as_root LIMIT COMMAND... / as_user LIMIT ENV=... COMMAND...: sets rc, out, err
run_in() {
  local limit="$1" spec="$2"; shift 2
  set +e
  timeout --kill-after=5 "$limit" chroot --userspec="$spec" "$root" "$@" >"$state/out" 2>"$state/err"
  rc=$?
  set -e
  out="$(cat "$state/out")"; err="$(cat "$state/err")"
}
as_root() { local limit="$1"; shift; run_in "$limit" 0:0 env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
# as_user runs in the user's home, like a terminal they opened; leading NAME=value words go to its environment
as_user() {
  local limit="$1" assignments=(); shift
  while [ $# -gt 0 ] && [[ "$1" == *=* ]]; do assignments+=("$1"); shift; done
  run_in "$limit" "$USER_ID:$USER_ID" env -i HOME="$USER_HOME" PATH=/usr/bin:/bin LANG=C.UTF-8 "${assignments[@]}" \
    sh -c 'cd "$HOME" && exec "$@"' sh "$@"
}
first() { printf '%s' "$1" | grep . | head -n 3 | cut -c1-240 | tr '\n' '|'; }
# stderr lines Charter and Qt are known to print; anything else is a finding
unexpected_stderr() {
  grep -v -E -e '^charter: window shown after [0-9]+ ms, content shown after [0-9]+ ms$' \
    -e '^This plugin does not support ' <<<"$err" | grep . || true
}

# ---- 2. dpkg -i, apt-get -f install ----------------------------------------------------------
say "dpkg -i $(basename "$deb"), apt-get -f install"
t1=$SECONDS
cp "$deb" "$root/root/charter.deb"
as_root 120 apt-get update -qq
[ "$rc" = 0 ] || die "apt-get update in the chroot failed: $(first "$err")"
installed() { as_root 60 dpkg-query -W -f '${Package} ${Status}\n'; sed -n 's/ install ok installed$//p' <<<"$out" | sort; }
before="$(installed)"
depends="$(dpkg-deb --field "$deb" Depends)"
# apt's own plan for the declared Depends alone (names without versions)
dep_names="$(tr ',' '\n' <<<"$depends" | sed 's/(.*)//; s/ //g' | grep .)"
# shellcheck disable=SC2086
as_root 120 apt-get install -s -qq --no-install-recommends $dep_names
planned="$(sed -n 's/^Inst \([^ ]*\) .*/\1/p' <<<"$out" | sort)"
as_root 120 dpkg -i /root/charter.deb
if [ "$rc" = 0 ]; then fail "dpkg -i succeeded on a bare system: the Depends ($depends) pull in nothing?"; fi
as_root 600 apt-get -f install -y -qq --no-install-recommends
if [ "$rc" != 0 ]; then fail "apt-get -f install: exit $rc: $(first "$err$out")"; fi
after="$(installed)"
if grep -qx "charter" <<<"$after"; then ok "installed with its dependencies in $((SECONDS - t1)) s"; else
  fail "charter is not installed after apt-get -f install"; fi
pulled="$(comm -13 <(echo "$before") <(echo "$after") | grep -vx charter || true)"
if [ "$pulled" = "$planned" ]; then
  ok "apt pulled in $(grep -c . <<<"$pulled") packages, exactly those the Depends need: $depends"
else
  fail "apt pulled in other packages than the Depends need: extra [$(comm -23 <(echo "$pulled") <(echo "$planned") | tr '\n' ' ')] missing [$(comm -13 <(echo "$pulled") <(echo "$planned") | tr '\n' ' ')]"
fi

# the desktop's databases (not dependencies: a desktop has them; installed now to check the
# package's file type and menu entry, before the snapshot of what is on the machine)
as_root 300 apt-get install -y -qq --no-install-recommends shared-mime-info desktop-file-utils
[ "$rc" = 0 ] || die "apt-get install shared-mime-info desktop-file-utils failed: $(first "$err")"
as_root 30 useradd --create-home --home-dir "$USER_HOME" --uid "$USER_ID" --user-group --shell /bin/sh officer
[ "$rc" = 0 ] || die "useradd failed: $(first "$err")"
listing() { (cd "$root" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./var/cache/apt/archives -o -path ./tmp \) -prune -o -print | sort); }
listing > "$state/files-before"
as_root 30 dpkg -L charter
owned="$out"

# ---- 3. the command line and the editor, as a user -------------------------------------------
say "charter as an ordinary user"
cp "$repo/$EXAMPLE" "$root$USER_HOME/example.playbook.yaml"
chown "$USER_ID:$USER_ID" "$root$USER_HOME/example.playbook.yaml"

as_user 60 charter --version
if [ "$rc" = 0 ] && [ "$out" = "charter $version" ] && [ -z "$err" ]; then ok "charter --version: $out"; else
  fail "charter --version: exit $rc: $(first "$out$err")"; fi
as_user 60 charter --version --verbose
commit="$(sed -n 's/^Commit: //p' <<<"$out")"; qt="$(sed -n 's/^Qt: //p' <<<"$out")"
if [ "$rc" = 0 ] && [ -z "$err" ] && [ -n "$commit" ] && [ "$commit" != unknown ] && [[ "$qt" == 6.* ]] \
    && grep -q '^Built: [0-9]' <<<"$out"; then
  ok "charter --version --verbose: commit $commit, $(grep '^Built' <<<"$out"), Qt $qt"
else
  fail "charter --version --verbose: exit $rc: $(first "$out$err")"
fi

as_user 60 charter validate example.playbook.yaml
if [ "$rc" -le 1 ] && [ -z "$err" ] && grep -q . <<<"$out"; then ok "charter validate: exit $rc"; else
  fail "charter validate: exit $rc: $(first "$err$out")"; fi

printf 'paper = "letter"\n' > "$root$USER_HOME/letter.toml"
chown "$USER_ID:$USER_ID" "$root$USER_HOME/letter.toml"
as_user 180 CHARTER_CONFIG="$USER_HOME/letter.toml" charter export example.playbook.yaml --format pdf -o example.pdf
pdf="$root$USER_HOME/example.pdf"
if [ "$rc" = 0 ] && [ -z "$err" ] && head -c 5 "$pdf" 2>/dev/null | grep -q '%PDF-'; then
  size="$(pdfinfo "$pdf" | sed -n 's/^Page size: *//p')"
  pages="$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')"
  fonts="$(pdffonts "$pdf" 2>/dev/null | awk 'NR > 2 { print $1 }' | sed 's/^[A-Z]*+//' | sort -u | tr '\n' ' ')"
  title="$(sed -n 's/^  title: *//p' "$root$USER_HOME/example.playbook.yaml" | head -n 1 | tr -d "\"'")"
  if [[ "$size" != *"(letter)"* ]]; then fail "export --format pdf with paper = \"letter\": page size $size"
  elif ! grep -q DejaVu <<<"$fonts"; then fail "export --format pdf: no DejaVu font embedded ($fonts)"
  elif ! pdftotext "$pdf" - | tr -s ' \n' ' ' | grep -qF "$title"; then fail "export --format pdf: the title is not in the text"
  else ok "export --format pdf through CHARTER_CONFIG: $pages pages, $size, fonts $fonts"; fi
else
  fail "export --format pdf: exit $rc: $(first "$err$out")"
fi

# IT's system file locks the template folder; the user's own file names another one
mkdir -p "$root/etc/charter" "$root/srv/charter/templates" "$root$USER_HOME/mine"
printf '# {{ "SITE" }}-TEMPLATE {{ control.title }}\n' > "$root/srv/charter/templates/policy.md.j2"
printf '# MINE {{ control.title }}\n' > "$root$USER_HOME/mine/policy.md.j2"
printf 'template_dir = "/srv/charter/templates"\nlanguage = "en-US"\nlocked = ["template_dir"]\n' \
  > "$root/etc/charter/charter.toml"
mkdir -p "$root$USER_HOME/.config/charter"
printf 'template_dir = "%s/mine"\n' "$USER_HOME" > "$root$USER_HOME/.config/charter/charter.toml"
chown -R "$USER_ID:$USER_ID" "$root$USER_HOME/mine" "$root$USER_HOME/.config"
as_user 60 CHARTER_CONFIG="$USER_HOME/letter.toml" charter config
row() { grep -E "^$1 " <<<"$out" | tr -s ' '; }
if [ "$rc" = 0 ] && [ -z "$err" ] \
    && [ "$(row template_dir)" = "template_dir /srv/charter/templates system file /etc/charter/charter.toml (locked)" ] \
    && [ "$(row paper)" = "paper letter CHARTER_CONFIG $USER_HOME/letter.toml" ] \
    && grep -q "user file $USER_HOME/.config/charter/charter.toml says $USER_HOME/mine: ignored" <<<"$out"; then
  ok "charter config: template_dir from the system file (locked, the user file's ignored), paper from CHARTER_CONFIG"
else
  fail "charter config: exit $rc: $(first "$err")$(row template_dir) / $(row paper)"
fi
as_user 120 charter export example.playbook.yaml --format md -o example.md
if [ "$rc" = 0 ] && [ -z "$err" ] && head -n 1 "$root$USER_HOME/example.md" | grep -q '^# SITE-TEMPLATE '; then
  ok "export with the site's locked template folder (rendered in the sandboxed child process)"
else
  fail "export with the site's template folder: exit $rc: $(first "$err") $(head -c 80 "$root$USER_HOME/example.md" 2>/dev/null)"
fi

as_user 120 QT_QPA_PLATFORM=offscreen charter --smoke-test example.playbook.yaml
if [ "$rc" = 0 ] && grep -qE '^[0-9]+$' <<<"$(head -n 1 <<<"$out")" && [ -z "$(unexpected_stderr)" ]; then
  ok "--smoke-test offscreen: $(head -n 1 <<<"$out") ms to the first paint"
else
  fail "--smoke-test offscreen: exit $rc: $(first "$(unexpected_stderr)$out")"
fi

display=:97
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$state/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -S /tmp/.X11-unix/X97 ] && break; sleep 0.1; done
mkdir -p "$root/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"; mounted+=("$root/tmp/.X11-unix")
as_user 120 DISPLAY="$display" charter --smoke-test example.playbook.yaml
if [ "$rc" = 0 ] && grep -qE '^[0-9]+$' <<<"$(head -n 1 <<<"$out")" && [ -z "$(unexpected_stderr)" ]; then
  ok "--smoke-test on X (xcb, Xvfb): $(head -n 1 <<<"$out") ms to the first paint"
else
  fail "--smoke-test on X (xcb, Xvfb): exit $rc: $(first "$(unexpected_stderr)$out")"
fi
kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; xvfb_pid=""
umount -l "$root/tmp/.X11-unix"; unset 'mounted[${#mounted[@]}-1]'

# ---- 4. the desktop --------------------------------------------------------------------------
say "the desktop: file type, menu entry, icon"
as_root 30 desktop-file-validate /usr/share/applications/charter.desktop
if [ "$rc" = 0 ] && [ -z "$out$err" ]; then ok "desktop-file-validate: the menu entry is valid"; else
  fail "desktop-file-validate: $(first "$out$err")"; fi
if grep -qx '60:application/x-charter-playbook:\*.playbook.yaml' "$root/usr/share/mime/globs2" \
    && grep -q '^application/x-charter-playbook=charter.desktop;' "$root/usr/share/applications/mimeinfo.cache"; then
  ok "*.playbook.yaml is application/x-charter-playbook, and charter.desktop opens it"
else
  fail "the file type of *.playbook.yaml is not registered with the desktop"
fi
[ -f "$root/usr/share/icons/hicolor/256x256/apps/charter.png" ] && [ -f "$root/usr/share/icons/hicolor/scalable/apps/charter.svg" ] \
  && ok "icons in the hicolor theme" || fail "icons missing from /usr/share/icons/hicolor"

# ---- 5. dpkg -r, dpkg -P ---------------------------------------------------------------------
say "dpkg -r charter, dpkg -P charter"
as_root 120 dpkg -r charter
[ "$rc" = 0 ] || fail "dpkg -r charter: exit $rc: $(first "$err")"
remaining=()
while IFS= read -r path; do
  [ -z "$path" ] || [ "$path" = "/." ] && continue
  if [ -L "$root$path" ] || [ -f "$root$path" ]; then remaining+=("$path")
  elif [ -d "$root$path" ] && [[ "$path" == /opt/charter* || "$path" == /usr/share/doc/charter* ]]; then remaining+=("$path/"); fi
done <<<"$owned"
if [ ${#remaining[@]} = 0 ]; then ok "dpkg -r removed all $(grep -c . <<<"$owned") paths of the package"; else
  fail "dpkg -r left ${#remaining[@]} of the package's paths: ${remaining[*]:0:5}"; fi
if grep -q 'charter' "$root/usr/share/mime/globs2" || grep -q 'charter.desktop' "$root/usr/share/applications/mimeinfo.cache"; then
  fail "the desktop's databases still know Charter after dpkg -r"
else
  ok "the desktop's databases forgot Charter (Debian's triggers)"
fi
as_root 120 dpkg -P charter
as_root 30 dpkg-query -W -f '${Status}' charter
if [ "$rc" != 0 ] || [[ "$out" == *not-installed* ]]; then ok "dpkg -P: charter is gone from dpkg's records"; else
  fail "dpkg -P: charter's status is still '$out'"; fi
listing > "$state/files-after"
left="$(comm -13 "$state/files-before" "$state/files-after" | grep -v -E '^\./(var/lib/dpkg|var/log|var/cache|var/lib/apt)(/|$)' || true)"
users="$(grep -E "^\.($USER_HOME|/etc/charter|/srv/charter)(/|$)" <<<"$left" || true)"
others="$(grep -v -E "^\.($USER_HOME|/etc/charter|/srv/charter)(/|$)" <<<"$left" | grep . || true)"
if [ -z "$others" ]; then
  ok "nothing left behind but the user's and the site's own files ($(grep -c . <<<"$users") paths):"
  grep -E "\.(toml|log|ini|conf|pdf|md|yaml|json)$" <<<"$users" | sed 's/^\./           /' | head -n 12
else
  fail "left behind outside the user's and the site's files: $(head -n 5 <<<"$others" | tr '\n' ' ')"
fi

echo "== $((SECONDS - t0)) s in all"
if [ "$failures" -gt 0 ]; then echo "check-bare-debian: $failures check(s) failed"; exit 1; fi
echo "check-bare-debian: the package installs, runs and uninstalls cleanly on a minimal Debian 12"
