// Trunk post-build hook (Trunk.toml): minifies wasm-bindgen's JavaScript in release builds.
// Trunk's own minifier rejects the glue's `export { … as default }` and ships it as written
// (42 kB); terser takes it to about a third. The file keeps its name, so only the sha384
// `integrity` that index.html gives it is recomputed.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
if (!staging) throw new Error('minify-glue.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is unset)');

const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');
const indexPath = join(staging, 'index.html');
let index = await readFile(indexPath, 'utf8');

for (const name of (await readdir(staging)).filter((n) => n.endsWith('.js'))) {
  const path = join(staging, name);
  const source = await readFile(path);
  const { code } = await minify(source.toString('utf8'), {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
  });
  const before = sri(source);
  if (!index.includes(before)) throw new Error(`index.html has no integrity for ${name}`);
  await writeFile(path, code);
  index = index.replaceAll(before, sri(Buffer.from(code)));
}
await writeFile(indexPath, index);
