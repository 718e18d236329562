// OIC Action Plan Manager: the Welcome webapp's own configuration, served in place of the starter's
// default (our classes come before the webapp jar on the class path). See README, "Tasklist".
export default {
  app: {
    name: 'Welcome',
    vendor: 'OIC Action Plan Manager'
  },
  links: [
    { label: 'Dashboard', href: '/', description: 'The action plans at a glance' },
    { label: 'Attach evidence', href: '/evidence/new', description: 'Add a document or record to the evidence register' }
  ],
  // shared by all webapps: sends the webapp's own login view to the application's login page
  customScripts: ['../oic/webapps']
};
