// ESLint for the browser code of the web pages (resources/web, ES modules) and the vendor entry points
// (frontend/src). Paths are relative to modeler/src/main, where the Maven build runs it before bundling:
// node frontend/node_modules/eslint/bin/eslint.js -c frontend/eslint.config.mjs; a finding fails the build.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['frontend/node_modules/**', 'frontend/target/**', 'frontend/bpmnlint-plugin-procedo/**'] },
  {
    files: ['resources/web/**/*.js'],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      // The vendor bundles (web/vendor/*.js) are classic scripts loaded before the page's module.
      globals: { ...globals.browser, ProcedoBpmn: 'readonly', FormViewer: 'readonly' }
    },
    rules: { 'no-undef': 'error', 'no-unused-vars': 'error' }
  },
  {
    files: ['frontend/src/**/*.js', 'frontend/*.mjs'],
    ...js.configs.recommended,
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
    rules: { 'no-undef': 'error', 'no-unused-vars': 'error' }
  }
];
