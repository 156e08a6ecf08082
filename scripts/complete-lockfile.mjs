// The registry reachable from our machines serves Biome's Linux binaries only; npm then leaves
// Biome's other platform packages out of package-lock.json, and `npm ci` refuses the lockfile as
// out of sync. This adds those optional entries (with their os/cpu, as npm itself writes them),
// which `npm ci` skips on a machine of another platform.
// `node scripts/complete-lockfile.mjs` fixes the lockfile; with --check it only reports.
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORMS = {
  'cli-android-arm64': { os: ['android'], cpu: ['arm64'] },
  'cli-android-x64': { os: ['android'], cpu: ['x64'] },
  'cli-darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  'cli-darwin-x64': { os: ['darwin'], cpu: ['x64'] },
  'cli-linux-arm64': { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] },
  'cli-linux-arm64-musl': { os: ['linux'], cpu: ['arm64'], libc: ['musl'] },
  'cli-linux-x64': { os: ['linux'], cpu: ['x64'], libc: ['glibc'] },
  'cli-linux-x64-musl': { os: ['linux'], cpu: ['x64'], libc: ['musl'] },
  'cli-win32-arm64': { os: ['win32'], cpu: ['arm64'] },
  'cli-win32-x64': { os: ['win32'], cpu: ['x64'] },
};

const check = process.argv.includes('--check');
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));

/** Optional dependencies without a lock entry, which `npm ci` refuses, whatever package they belong to. */
function unlockedOptionals() {
  const missing = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) {
      const nested = `${path ? `${path}/` : ''}node_modules/${dep}`;
      if (!lock.packages[nested] && !lock.packages[`node_modules/${dep}`])
        missing.push(`${dep} (for ${path || 'the project'})`);
    }
  }
  return missing;
}

const others = unlockedOptionals().filter((name) => !name.startsWith('@biomejs/'));
if (others.length) {
  console.error(
    `package-lock.json lacks optional packages npm ci needs: ${others.join(', ')}. The registry here does not serve them; choose a dependency that does not need them.`,
  );
  process.exit(1);
}
const biome = lock.packages['node_modules/@biomejs/biome'];
const missing = Object.keys(PLATFORMS).filter(
  (name) => !lock.packages[`node_modules/@biomejs/${name}`],
);
if (missing.length === 0) process.exit(0);
if (check) {
  console.error(
    `package-lock.json lacks ${missing.join(', ')}: run node scripts/complete-lockfile.mjs`,
  );
  process.exit(1);
}
for (const name of missing) {
  const { os, cpu, libc } = PLATFORMS[name];
  lock.packages[`node_modules/@biomejs/${name}`] = {
    version: biome.version,
    cpu,
    dev: true,
    ...(libc ? { libc } : {}),
    license: 'MIT OR Apache-2.0',
    optional: true,
    os,
    engines: { node: '>=14.21.3' },
  };
}
const entries = Object.entries(lock.packages).sort(([a], [b]) =>
  a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1,
);
lock.packages = Object.fromEntries(entries);
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${missing.join(', ')}`);
