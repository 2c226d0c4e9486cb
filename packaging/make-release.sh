#!/usr/bin/env bash
# The release of a built bundle:
#
#   bash packaging/make-release.sh [DIST]      (DIST defaults to dist; needs DIST/charter/charter)
#
# writes DIST/charter-<version>-linux-x86_64.tar.gz, the Debian package
# DIST/charter_<version>_amd64.deb (packaging/make_deb.py) and DIST/SHA256SUMS listing both. The
# archive holds one folder, charter-<version>-linux-x86_64/, with the bundle (charter + _internal/),
# the desktop entry, the file type of playbooks, the icons in hicolor layout,
# install-desktop-entry.sh and README.txt.
#
# Both are deterministic: names sorted, owner root:root, permissions normalised, every mtime set
# to SOURCE_DATE_EPOCH (default: the last commit's time, else 2026-01-01), gzip without name or
# timestamp. The same bundle always gives the same bytes and the same checksums.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
dist="$(cd "${1:-$root/dist}" && pwd)"
bundle="$dist/charter"

die() { echo "make-release: $*" >&2; exit 1; }

[ -x "$bundle/charter" ] || die "no bundle at $bundle/charter (build it first: pyinstaller build.spec)"
version_line="$("$bundle/charter" --version)" || die "$bundle/charter --version failed"
version="${version_line#charter }"
[[ "$version_line" == "charter $version" && "$version" =~ ^[0-9A-Za-z.+-]+$ ]] \
  || die "unexpected --version output: $version_line"
source_version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/playbooks/__init__.py")"
[ "$version" = "$source_version" ] \
  || die "the bundle is version $version but the source is $source_version: rebuild it"

if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH="$(git -C "$root" log -1 --format=%ct 2>/dev/null || true)"
  SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1767225600}"
fi

name="charter-$version-linux-x86_64"
archive="$dist/$name.tar.gz"
staging="$(mktemp -d "$dist/.release.XXXXXX")"
trap 'rm -rf "$staging"' EXIT
top="$staging/$name"
mkdir -p "$top"

cp -a "$bundle/." "$top/"
cp "$here/charter.desktop" "$here/install-desktop-entry.sh" "$here/charter-mime.xml" "$here/charter.toml" "$top/"
resources="$root/ui/resources"
mkdir -p "$top/icons/hicolor/scalable/apps"
cp "$resources/charter.svg" "$top/icons/hicolor/scalable/apps/charter.svg"
for png in "$resources"/charter-*.png; do
  size="$(basename "$png" .png)"
  size="${size#charter-}"
  mkdir -p "$top/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$top/icons/hicolor/${size}x${size}/apps/charter.png"
done
cat > "$top/README.txt" <<EOF
Charter $version for Linux x86_64

Run:      ./charter                     (the editor)
          ./charter --help              (the command line: validate, new, export, ...)
Menu:     ./install-desktop-entry.sh    (adds Charter to your application menu and makes
                                         *.playbook.yaml files open in it; no root needed)
Settings: charter.toml                  (an example site configuration: copy it to
                                         /etc/charter/charter.toml or ~/.config/charter/)

Needs glibc 2.36 or newer (Debian 12, Ubuntu 22.10 or newer) and, on a bare system, these
packages (any desktop already has them):
          apt-get install --no-install-recommends libgl1 libegl1 fonts-dejavu-core fontconfig-config
Charter never uses the network.
EOF

chmod -R u+rwX,go+rX,go-w "$top"
rm -f "$archive"
tar --create --file=- --directory="$staging" \
    --sort=name --format=gnu --numeric-owner --owner=0 --group=0 \
    --mtime="@$SOURCE_DATE_EPOCH" \
    "$name" | gzip -9 --no-name > "$archive.tmp"
mv "$archive.tmp" "$archive"

deb="charter_${version}_amd64.deb"
python="$root/.venv/bin/python"
[ -x "$python" ] || python=python3
SOURCE_DATE_EPOCH="$SOURCE_DATE_EPOCH" "$python" "$here/make_deb.py" "$dist" || die "the Debian package failed"
(cd "$dist" && sha256sum "$name.tar.gz" "$deb" > SHA256SUMS)

size_mib="$(du -m "$archive" | cut -f1)"
echo "make-release: $archive (${size_mib} MiB)"
sed 's/^/make-release: /' "$dist/SHA256SUMS"
