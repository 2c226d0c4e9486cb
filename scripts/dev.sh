#!/usr/bin/env bash
# Charter developer entry point: sets up everything it needs, then runs the app or the tests.
#
#   bash scripts/dev.sh run [FILE]   the editor (on the example hub by default)
#   bash scripts/dev.sh test [ARGS]  lint, import contracts, type check and the whole test suite (ARGS go to pytest)
#   bash scripts/dev.sh setup        only install (system packages, .venv, the readers)
#   bash scripts/dev.sh readers      only install the readers the tests run on exported documents
#   bash scripts/dev.sh catalogues   bring the editor's translation catalogues (ui/i18n/*.ts) up to date
#
# Needs Debian/Ubuntu with Python 3.11+. System packages are installed with apt-get when
# missing (as root, or through sudo). CHARTER_READERS=0 leaves the readers out (their tests then
# skip, saying how to install them; in CI, where CHARTER_READERS=required, they fail instead).
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv

# PySide6 6.12's wheels assume Python 3.12's immortal None (on 3.11 every void Qt call drops a
# reference to None, and a long session aborts with "none_dealloc"; ui/__init__.py guards 3.11
# anyway). So prefer a Python 3.12 or 3.13 where one is installed, plain python3 otherwise.
pick_python() {
  local candidate
  for candidate in python3.12 python3.13 \
      "$(command -v pyenv >/dev/null && pyenv root)"/versions/3.12*/bin/python3.12 \
      "$(command -v pyenv >/dev/null && pyenv root)"/versions/3.13*/bin/python3.13 python3; do
    if [ -n "$candidate" ] && "$candidate" -c 'import sys, venv, ssl; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "Charter needs Python 3.11 or newer (3.12 preferred)" >&2; exit 1
}
PYTHON="${PYTHON:-$(pick_python)}"

# Qt's offscreen and xcb platforms on a bare system (tech-notes.md, section 1), fonts, and the
# tools the tests use to read documents back (pdftotext) and to show a real window (Xvfb).
# packaging/build.sh installs through this list too: the bundle carries the Qt libraries, and
# binutils gives it strip and readelf.
SYSTEM_PACKAGES=(
  libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfreetype6 libfontconfig1 libdbus-1-3
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libx11-xcb1
  libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shm0 libxcb-sync1
  libxcb-xfixes0 libxcb-xkb1 libxcb-util1
  fonts-dejavu-core fontconfig-config poppler-utils xvfb xauth binutils python3-venv
)

# The third-party readers tests/readers/ runs on exported documents (issue 17), besides the
# Python ones of requirements-readers.txt and the npm ones of tests/readers/package.json: qpdf
# (PDF structure), LibreOffice (Word files), Java for the Nu HTML Checker, Chromium for axe-core,
# Node for the npm readers (Debian's, unless a Node is already installed), and the Noto fonts, so
# that a PDF of Devanagari, Arabic or emoji text is drawn and its text read back (DejaVu lacks them).
READER_PACKAGES=(qpdf libreoffice-writer-nogui default-jre-headless chromium fonts-noto-core fonts-noto-color-emoji)
READERS_NODE=tests/readers/node_modules

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

readers_wanted() { [ "${CHARTER_READERS:-1}" != "0" ]; }

install_system_packages() {
  command -v dpkg-query >/dev/null || return 0
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      echo "Please install these system packages first: ${missing[*]}" >&2; exit 1
    fi
  fi
  say "installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

setup_venv() {
  local stamp="$VENV/.requirements.sha256"
  local want
  local files=(requirements.txt requirements-dev.txt)
  readers_wanted && files+=(requirements-readers.txt)
  want="$({ cat "${files[@]}"; "$PYTHON" -c 'import sys; print(sys.version)'; } | sha256sum | cut -d' ' -f1)"
  if [ -x "$VENV/bin/python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  say "installing Python packages into $VENV"
  # a venv made by another Python is rebuilt rather than patched
  if [ -x "$VENV/bin/python" ] && [ "$("$VENV/bin/python" -c 'import sys; print(sys.version)')" != "$("$PYTHON" -c 'import sys; print(sys.version)')" ]; then
    rm -rf "$VENV"
  fi
  [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
  local args=()
  for file in "${files[@]:1}"; do args+=(-r "$file"); done
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check "${args[@]}"
  echo "$want" > "$stamp"
}

# The npm readers, exactly as package-lock.json pins them, in a git-ignored folder. No install
# scripts: vnu-jar's would download a Java runtime when none is found; the only other one makes
# the SARIF Multitool executable, done here. Nothing of it runs at test time but the readers.
setup_reader_modules() {
  local stamp="$READERS_NODE/.package-lock.sha256"
  local want
  want="$(sha256sum tests/readers/package-lock.json | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  say "installing the npm readers into $READERS_NODE"
  (cd tests/readers && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  chmod u+x "$READERS_NODE/@microsoft/sarif-multitool-linux/Sarif.Multitool"
  echo "$want" > "$stamp"
}

setup_readers() {
  local packages=("${READER_PACKAGES[@]}")
  command -v npm >/dev/null || packages+=(nodejs npm)
  install_system_packages "${packages[@]}"
  setup_venv
  setup_reader_modules
}

setup() {
  install_system_packages "${SYSTEM_PACKAGES[@]}"
  setup_venv
  if readers_wanted; then setup_readers; fi
}

# The editor's translations (ui/i18n/charter_<lang>.ts): compiled into .qm beside them (generated,
# git-ignored) for a run from the checkout; the tests and build.spec compile their own.
compile_catalogues() {
  "$VENV/bin/python" -m ui.i18n >/dev/null
}

# After changing the editor's messages: pyside6-lupdate adds the new ones to every catalogue (to be
# translated; tests/ui/test_i18n.py fails until they are) and drops those no longer used.
update_catalogues() {
  local sources
  mapfile -t sources < <(git ls-files 'ui/*.py')
  for language in de fr es ja; do
    "$VENV/bin/pyside6-lupdate" -locations none -no-obsolete -source-language en -target-language "$language" \
      "${sources[@]}" -ts "ui/i18n/charter_$language.ts"
  done
  # English: only the plural forms ("%n error(s)" -> "1 error", "2 errors")
  "$VENV/bin/pyside6-lupdate" -locations none -no-obsolete -pluralonly -source-language en -target-language en \
    "${sources[@]}" -ts ui/i18n/charter_en.ts
}

run_tests() {
  export QT_QPA_PLATFORM=offscreen
  say "ruff check"; "$VENV/bin/ruff" check .
  say "ruff format --check"; "$VENV/bin/ruff" format --check .
  say "lint-imports (the layers and import contracts in pyproject.toml)"; "$VENV/bin/lint-imports"
  say "mypy (playbooks/, ui/)"; "$VENV/bin/mypy"
  say "pytest"; "$VENV/bin/python" -m pytest "$@"
}

case "${1:-}" in
  setup) setup ;;
  readers) CHARTER_READERS=1; setup_readers ;;
  run) shift; setup; compile_catalogues; exec "$VENV/bin/python" main.py "${@:-examples/meridian-securities-hub.playbook.yaml}" ;;
  catalogues) shift; setup; update_catalogues ;;
  test) shift; setup; run_tests "$@" ;;
  *) echo "usage: bash scripts/dev.sh run [FILE] | test [PYTEST ARGS] | setup | readers | catalogues" >&2; exit 2 ;;
esac
