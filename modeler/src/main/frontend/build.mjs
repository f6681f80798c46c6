// Bundles the browser code with esbuild; run by the Maven build (exec-maven-plugin) with the machine's node.
// <out> is the first argument (modeler/target/classes/web):
// - the bpmn.io packages into <out>/vendor/*.js|css, classic scripts that the pages load before their module;
// - every page's ES module (../resources/web/<page>.js, named by the page's <script type="module">) with the modules
//   it imports into one file <out>/<page>.js, replacing the copied source there.
// form-js's date fields get their flatpickr through src/date-picker.js, and the English texts of its widgets are
// said through that module's text(), so the page gives both in its language (formJsTexts below).
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

const picker = path.resolve('src/date-picker.js');
// Each English text of the form-js viewer that Procedo shows, as its source has it, and the same said through
// text(key, english, ...args). A text that is no longer found fails the build: a new form-js is checked again.
const FORM_JS_TEXTS = [
  ["placeholder: 'Search'", "placeholder: __text('search', 'Search')"],
  [": 'Search'", ": __text('search', 'Search')"],
  ["valueLabel || 'Select'", "valueLabel || __text('select', 'Select')"],
  ["emptyListMessage = 'No results'", "emptyListMessage = __text('noResults', 'No results')"],
  ["hasOptionsLeft ? 'No results' : 'All values selected'",
    "hasOptionsLeft ? __text('noResults', 'No results') : __text('allSelected', 'All values selected')"],
  ["['Date and time must both be entered.'", "[__text('dateAndTime', 'Date and time must both be entered.')"],
  ["return 'No files selected';", "return __text('noFiles', 'No files selected');"],
  ['return `${files.length} files selected`;', "return __text('filesSelected', `${files.length} files selected`, files.length);"],
  ['children: "Browse"', "children: __text('browse', 'Browse')"],
  ['" ", \'Add new\']', '" ", __text(\'addRow\', \'Add new\')]'],
  ['" ", \'Collapse\']', '" ", __text(\'collapse\', \'Collapse\')]'],
  ['`Expand all (${values.length - 1})`', "__text('expandAll', `Expand all (${values.length - 1})`, values.length - 1)"],
  ['`Remove list item ${itemIndex + 1}`', "__text('removeRow', `Remove list item ${itemIndex + 1}`, itemIndex + 1)"],
  ['"aria-label": "Increment"', "\"aria-label\": __text('increment', 'Increment')"],
  ['"aria-label": "Decrement"', "\"aria-label\": __text('decrement', 'Decrement')"],
  ['placeholder: getLocaleReadableDateFormat()', "placeholder: __text('datePlaceholder', getLocaleReadableDateFormat())"]
];

/** form-js's flatpickr is date-picker.js (which alone imports the real one); its English texts go through text(). */
const formJsTexts = {
  name: 'form-js-texts',
  setup(b) {
    b.onResolve({ filter: /^flatpickr$/ }, (args) => (args.importer === picker ? undefined : { path: picker }));
    b.onLoad({ filter: /form-js-viewer[\\/]dist[\\/]index\.es\.js$/ }, (args) => {
      let source = readFileSync(args.path, 'utf8');
      for (const [english, said] of FORM_JS_TEXTS) {
        if (!source.includes(english)) throw new Error(`form-js no longer has ${english}: check its texts again`);
        source = source.split(english).join(said);
      }
      return { contents: `import { text as __text } from ${JSON.stringify(picker)};\n` + source, loader: 'js',
        resolveDir: path.dirname(args.path) };
    });
  }
};

const common = { bundle: true, minify: true, legalComments: 'linked', target, logLevel: 'warning',
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.eot': 'empty', '.svg': 'dataurl' } };

await Promise.all([
  build(pages),
  build({ ...common, entryPoints: ['src/bpmn.js'], outfile: path.join(vendor, 'bpmn.js'), format: 'iife' }),
  build({ ...common, entryPoints: ['src/bpmn.css'], outfile: path.join(vendor, 'bpmn.css') }),
  build({ ...common, entryPoints: ['src/form-viewer.js'], outfile: path.join(vendor, 'form-viewer.umd.js'),
    format: 'iife', globalName: 'FormViewer', plugins: [formJsTexts] }),
  build({ ...common, entryPoints: ['src/form-viewer.css'], outfile: path.join(vendor, 'form-viewer.css') }),
  build({ ...common, entryPoints: ['src/date-input.js'], outfile: path.join(vendor, 'date-picker.js'),
    format: 'iife', globalName: 'DatePicker' }),
  build({ ...common, entryPoints: ['src/date-input.css'], outfile: path.join(vendor, 'date-picker.css') })
]);
console.log('bundled the pages and the bpmn.io packages into ' + out);
