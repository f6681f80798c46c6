// Bundles the bpmn.io packages for the browser with esbuild; run by the Maven build (exec-maven-plugin) with the
// machine's node. Output: <out>/vendor/*.js|css, where <out> is the first argument (modeler/target/classes/web).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const compileConfig = require('bpmnlint/lib/support/compile-config');

const out = path.resolve(process.argv[2] || '../../../target/classes/web');
const vendor = path.join(out, 'vendor');
mkdirSync(vendor, { recursive: true });
mkdirSync('target', { recursive: true });

// The lint rule set (.bpmnlintrc) compiled into a module that carries its rules.
const compiled = await compileConfig(JSON.parse(readFileSync('.bpmnlintrc', 'utf8')));
writeFileSync('target/bpmnlint-config.cjs', compiled);

const common = { bundle: true, minify: true, legalComments: 'linked', target: ['chrome110', 'firefox110'],
  logLevel: 'warning', loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.eot': 'empty',
    '.svg': 'dataurl' } };

await Promise.all([
  build({ ...common, entryPoints: ['src/bpmn.js'], outfile: path.join(vendor, 'bpmn.js'), format: 'iife' }),
  build({ ...common, entryPoints: ['src/bpmn.css'], outfile: path.join(vendor, 'bpmn.css') }),
  build({ ...common, entryPoints: ['src/form-viewer.js'], outfile: path.join(vendor, 'form-viewer.umd.js'),
    format: 'iife', globalName: 'FormViewer' }),
  build({ ...common, entryPoints: ['src/form-viewer.css'], outfile: path.join(vendor, 'form-viewer.css') })
]);
console.log('bundled the bpmn.io packages into ' + vendor);
