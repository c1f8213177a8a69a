// Loaded first by the end-to-end pages that run in every engine: records what must never happen
// (uncaught errors, rejections nobody handled, console.error, CSP violations) in
// window.__problems, for drivers that cannot listen to the page themselves (WebKitWebDriver has
// no log endpoint). A failed image or video load is not a problem: the test data has none.
(() => {
  const problems = (window.__problems = []);
  addEventListener('error', (event) => {
    if (event.target === window) problems.push(`page error: ${event.message}`);
  });
  addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${event.reason?.message ?? event.reason}`));
  document.addEventListener('securitypolicyviolation', (event) => problems.push(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  const error = console.error;
  console.error = (...args) => {
    problems.push(`console error: ${args.map(String).join(' ')}`);
    error.apply(console, args);
  };
})();
