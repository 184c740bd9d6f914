# Sourced by .ci/run (and usable by hand): puts Node.js 24 and the pinned pnpm on PATH. One place
# decides how: scripts/toolchain.mjs, which the start and test commands use too. It needs some
# Node.js (20 or newer) with npm; an older one is kept for that and nothing else.
toolchain_exports="$(node scripts/toolchain.mjs --shell)" || return 1 2>/dev/null || exit 1
eval "$toolchain_exports"
echo "--- node $(node --version), pnpm $(pnpm --version)"
