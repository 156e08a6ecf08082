// Builds the installable command-line package: node cli/build.mjs [--out FOLDER] [--pack]
// The folder (cli/dist by default) gets bin/sidecar-studio.js (the bundle of src/cli/main.ts),
// its own package.json without dependencies, the JSON Schemas of the output, a README and the
// licence notices of the bundled packages. `npm pack FOLDER` makes the tarball people install;
// with --pack this script does that too, beside the folder, and prints the tarball's path.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const outFlag = process.argv.indexOf('--out');
const out = resolve(outFlag > 0 ? process.argv[outFlag + 1] : join(here, 'dist'));

const output = await build({
  configFile: join(here, 'vite.config.mjs'),
  build: { outDir: out },
});
const chunk = [output].flat()[0].output[0];
chmodSync(join(out, chunk.fileName), 0o755);

const repo = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = {
  name: 'sidecar-studio',
  version: repo.version,
  description:
    'Lint Kubernetes pods with sidecars, convert legacy sidecars to native ones, and simulate their start and stop: the Sidecar Studio engine on the command line.',
  keywords: ['kubernetes', 'sidecar', 'lint', 'init-containers', 'manifest', 'sarif', 'ci'],
  license: repo.license,
  type: 'module',
  bin: { 'sidecar-studio': chunk.fileName },
  exports: {
    './lint-output.schema.json': './schema/lint-output.schema.json',
    './timeline-output.schema.json': './schema/timeline-output.schema.json',
    './package.json': './package.json',
  },
  files: ['bin', 'schema', 'THIRD-PARTY-NOTICES.md'],
  engines: { node: '>=20' },
};
writeFileSync(join(out, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
copyFileSync(join(here, 'README.md'), join(out, 'README.md'));
mkdirSync(join(out, 'schema'), { recursive: true });
for (const schema of ['lint-output.schema.json', 'timeline-output.schema.json']) {
  copyFileSync(join(here, 'schema', schema), join(out, 'schema', schema));
}
writeFileSync(join(out, 'THIRD-PARTY-NOTICES.md'), notices(Object.keys(chunk.modules)));
if (process.argv.includes('--pack')) {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', out, '--pack-destination', dirname(out), '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  process.stdout.write(`${join(dirname(out), packed.filename)}\n`);
}

/** The licence texts of the npm packages bundled into the command. */
function notices(moduleIds) {
  const marker = `${sep}node_modules${sep}`;
  const packages = new Set();
  for (const id of moduleIds) {
    const at = id.lastIndexOf(marker);
    if (at < 0) continue;
    const parts = id.slice(at + marker.length).split(sep);
    packages.add(parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]);
  }
  const sections = [...packages].sort().map((name) => {
    const folder = join(root, 'node_modules', name);
    const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    const licenseFile = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].find((f) =>
      existsSync(join(folder, f)),
    );
    const text = licenseFile ? readFileSync(join(folder, licenseFile), 'utf8').trim() : pkg.license;
    return `## ${name} ${pkg.version} (${pkg.license})\n\n\`\`\`\n${text}\n\`\`\`\n`;
  });
  return `# Third-party notices\n\nThe command bundles these packages.\n\n${sections.join('\n')}`;
}
