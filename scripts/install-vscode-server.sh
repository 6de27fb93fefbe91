#!/usr/bin/env bash
# Installs what the end-to-end tests need: Debian's Chromium, the Kerberos
# headers a native VS Code module builds against, ripgrep, and a real VS Code
# server (VS Code 1.100.3 from the npm package code-server@4.100.3) into the
# git-ignored folder .vscode-test/server. See /work/shared/VSCODE-TESTING.md
# and docs/vscode.md.
#
# Idempotent: when everything is already in place it checks and returns in
# well under a second, so CI can call it on every run.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CODE_SERVER_VERSION="4.100.3"
DEST="$ROOT/.vscode-test/server"
VSCODE_DIR="$DEST/node_modules/code-server/lib/vscode"
MARKER="$DEST/.installed-code-server-$CODE_SERVER_VERSION"
# @vscode/ripgrep 1.15.11 (the version VS Code 1.100 uses) looks for its
# download in this cache folder under this asset name before going online;
# read lib/download.js and lib/postinstall.js of that package if it changes.
RG_CACHE="/tmp/vscode-ripgrep-cache-1.15.11"
RG_ASSET="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"

log() { printf '[install-vscode-server] %s\n' "$*"; }

installed() {
  [ -f "$MARKER" ] &&
    [ -f "$VSCODE_DIR/out/server-main.js" ] &&
    [ -x "$VSCODE_DIR/node_modules/@vscode/ripgrep/bin/rg" ] &&
    [ -e "$VSCODE_DIR/node_modules.asar" ]
}

# 1. Debian packages.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    log "missing Debian packages: ${missing[*]}; run as root or install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  log "installing Debian packages: ${missing[*]}"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
  fi
fi

if installed; then
  log "VS Code server $CODE_SERVER_VERSION already installed in $DEST"
  exit 0
fi

# 2. Seed the ripgrep download cache with Debian's rg (this machine cannot
#    reach the code host the package would download from).
if [ ! -s "$RG_CACHE/$RG_ASSET" ]; then
  log "seeding $RG_CACHE/$RG_ASSET with $(command -v rg)"
  mkdir -p "$RG_CACHE"
  tmp="$(mktemp -d)"
  cp "$(command -v rg)" "$tmp/rg"
  tar -C "$tmp" -czf "$RG_CACHE/$RG_ASSET" rg
  rm -rf "$tmp"
fi

# 3. code-server, in its own folder with its own package.json so that it never
#    touches the project's dependencies. npm 11 gates install scripts: the
#    package.json below approves code-server's postinstall (which installs VS
#    Code's own modules and builds its native ones) and denies argon2, which
#    only the code-server wrapper uses (we start VS Code's server-main.js
#    directly). The nested installs that the postinstall runs in lib/vscode
#    build VS Code's native modules (kerberos, node-pty, spdlog, the file
#    watcher); npm only warns about those as long as strict-allow-scripts is
#    off (its default), and --allow-scripts cannot be passed to project
#    installs, so they are checked after the install instead.
mkdir -p "$DEST"
cat >"$DEST/package.json" <<'JSON'
{
  "name": "clausewise-vscode-server",
  "private": true,
  "description": "A real VS Code server for Clausewise's end-to-end tests (installed by scripts/install-vscode-server.sh).",
  "allowScripts": {
    "code-server": true,
    "argon2": false
  }
}
JSON
export npm_config_yes=true
export npm_config_fund=false
export npm_config_audit=false
log "installing code-server@$CODE_SERVER_VERSION into $DEST (a few hundred MB, one to two minutes)"
(cd "$DEST" && npm install "code-server@$CODE_SERVER_VERSION" --no-save --no-package-lock --unsafe-perm --strict-allow-scripts=false)

# If the postinstall was skipped anyway (stricter npm settings), run its steps.
if [ ! -e "$VSCODE_DIR/node_modules.asar" ] || [ ! -x "$VSCODE_DIR/node_modules/@vscode/ripgrep/bin/rg" ]; then
  log "code-server's postinstall did not run; running it explicitly"
  (cd "$DEST/node_modules/code-server" && npm_config_user_agent="npm/$(npm -v) node/$(node -v) linux x64" sh ./postinstall.sh)
fi

for required in out/server-main.js node_modules/@vscode/ripgrep/bin/rg node_modules/@vscode/spdlog/build/Release/spdlog.node node_modules/node-pty/build/Release/pty.node; do
  if [ ! -e "$VSCODE_DIR/$required" ]; then
    log "the VS Code server is incomplete after installation: $VSCODE_DIR/$required is missing (were install scripts blocked? see npm install-scripts ls in $VSCODE_DIR)" >&2
    exit 1
  fi
done
touch "$MARKER"
log "VS Code server $CODE_SERVER_VERSION installed: $VSCODE_DIR/out/server-main.js"
