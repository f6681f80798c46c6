// The form-js viewer for form templates and start forms, exposed as window.FormViewer ({ Form, createForm }).
export { Form, createForm } from '@bpmn-io/form-js-viewer';
