// The form-js viewer for form templates and start forms, exposed as window.FormViewer ({ Form, createForm,
// configure }): its date fields and widget texts follow what the page configures (see date-picker.js).
export { Form, createForm } from '@bpmn-io/form-js-viewer';
export { configure } from './date-picker.js';
