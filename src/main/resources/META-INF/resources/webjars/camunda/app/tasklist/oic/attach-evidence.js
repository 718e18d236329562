/*
 * Tasklist plugin (config.js customScripts): an "Attach evidence" link in the header, next to
 * "Start process", to the application's evidence page.
 */
const appRoot = document.querySelector('base').getAttribute('app-root'); // e.g. "/camunda"
const evidencePage = appRoot.replace(/\/[^/]*$/, '') + '/evidence/new';

export default {
  id: 'oic-attach-evidence',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: (node) => {
    const link = document.createElement('a');
    link.href = evidencePage;
    link.textContent = 'Attach evidence';
    link.title = 'Add a document or record to the evidence register';
    node.appendChild(link);
  }
};
