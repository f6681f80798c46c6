// Bundles the browser code with esbuild; run by the Maven build (exec-maven-plugin) with the machine's node.
// <out> is the first argument (modeler/target/classes/web):
// - the bpmn.io packages into <out>/vendor/*.js|css, classic scripts that the pages load before their module;
// - every page's ES module (../resources/web/<page>.js, named by the page's <script type="module">) with the modules
//   it imports into one file <out>/<page>.js, replacing the copied source there.
// Browsers load the unbundled modules as well: PROCEDO_WEB_DIR=modeler/src/main/resources/web serves them as they are.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const compileConfig = require('bpmnlint/lib/support/compile-config');

const out = path.resolve(process.argv[2] || '../../../target/classes/web');
const web = path.resolve('../resources/web');
const vendor = path.join(out, 'vendor');
mkdirSync(vendor, { recursive: true });
mkdirSync('target', { recursive: true });

/** The page modules: the script of type module that each HTML page loads. */
function pageEntries() {
  return readdirSync(web).filter((f) => f.endsWith('.html')).flatMap((page) => {
    const module = readFileSync(path.join(web, page), 'utf8').match(/<script type="module" src="\/([^"]+)">/);
    return module ? [path.join(web, module[1])] : [];
  });
}

const target = ['chrome110', 'firefox110'];
const pages = { entryPoints: pageEntries(), outbase: web, outdir: out, bundle: true, format: 'esm', minify: true,
  sourcemap: 'linked', target, logLevel: 'warning' };

// The lint rule set (.bpmnlintrc) compiled into a module that carries its rules.
const compiled = await compileConfig(JSON.parse(readFileSync('.bpmnlintrc', 'utf8')));
writeFileSync('target/bpmnlint-config.cjs', compiled);

const common = { bundle: true, minify: true, legalComments: 'linked', target, logLevel: 'warning',
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.eot': 'empty', '.svg': 'dataurl' } };

await Promise.all([
  build(pages),
  build({ ...common, entryPoints: ['src/bpmn.js'], outfile: path.join(vendor, 'bpmn.js'), format: 'iife' }),
  build({ ...common, entryPoints: ['src/bpmn.css'], outfile: path.join(vendor, 'bpmn.css') }),
  build({ ...common, entryPoints: ['src/form-viewer.js'], outfile: path.join(vendor, 'form-viewer.umd.js'),
    format: 'iife', globalName: 'FormViewer' }),
  build({ ...common, entryPoints: ['src/form-viewer.css'], outfile: path.join(vendor, 'form-viewer.css') })
]);
console.log('bundled the pages and the bpmn.io packages into ' + out);
