// OIC Action Plan Manager: Tasklist's own configuration, served in place of the starter's default
// (our classes come before the webapp jar on the class path). See README, "Tasklist".
export default {
  app: {
    name: 'Tasklist',
    vendor: 'OIC Action Plan Manager'
  },
  customScripts: [
    // shared by all webapps: sends the webapp's own login view to the application's login page
    '../oic/webapps',
    // the "Attach evidence" link in the header
    'oic/attach-evidence'
  ],

  // the starter's default keyboard shortcuts, kept
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
