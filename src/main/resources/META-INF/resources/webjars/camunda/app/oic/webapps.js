/*
 * Loaded by Tasklist, Cockpit and Admin through config.js (customScripts).
 *
 * Login is the application's, done by Spring Security at /login, and the webapps trust it. A webapp
 * still shows its own login view (#/login) after its "Sign out" or when a session ends; a user
 * there would log in past the application's login page, so the browser goes to that page instead.
 */
const appRoot = document.querySelector('base').getAttribute('app-root'); // e.g. "/camunda"
const applicationRoot = appRoot.replace(/\/[^/]*$/, '');
const loginPage = applicationRoot + '/login';

function leaveWebappLogin() {
  if (/^#!?\/login\b/.test(window.location.hash)) {
    window.location.replace(loginPage);
  }
}

window.addEventListener('hashchange', leaveWebappLogin);
leaveWebappLogin();
