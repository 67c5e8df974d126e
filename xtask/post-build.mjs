// Trunk post-build hook (Trunk.toml), on the staging folder before it becomes dist/:
// 1. Names each file of words by its content (`words-en.txt` → `words-en-<sha256>.txt`),
//    as Trunk names the app's own files, in index.html too: a browser or a CDN may keep
//    them for good, and a page never meets the words of another build.
// 2. In release builds, minifies wasm-bindgen's JavaScript. Trunk's own minifier rejects the
//    glue's `export { … as default }` and ships it as written (42 kB); terser takes it to
//    about a third. The file keeps its name, so only the sha384 `integrity` that index.html
//    gives it is recomputed.
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is unset)');

const indexPath = join(staging, 'index.html');
let index = await readFile(indexPath, 'utf8');
const names = await readdir(staging);

for (const name of names.filter((n) => /^words-\w+\.txt$/.test(n))) {
  const hash = createHash('sha256').update(await readFile(join(staging, name))).digest('hex');
  const named = name.replace(/\.txt$/, `-${hash.slice(0, 16)}.txt`);
  if (!index.includes(name)) throw new Error(`index.html does not name ${name}`);
  await rename(join(staging, name), join(staging, named));
  index = index.replaceAll(name, named);
}

if (process.env.TRUNK_PROFILE === 'release') {
  const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');
  for (const name of names.filter((n) => n.endsWith('.js'))) {
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
}
await writeFile(indexPath, index);
