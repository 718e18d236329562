// OIC Action Plan Manager: the Cockpit webapp's own configuration, served in place of the starter's
// default (our classes come before the webapp jar on the class path). See README, "Tasklist".
export default {
  app: {
    name: 'Cockpit',
    vendor: 'OIC Action Plan Manager'
  },
  // shared by all webapps: sends the webapp's own login view to the application's login page
  customScripts: ['../oic/webapps']
};
