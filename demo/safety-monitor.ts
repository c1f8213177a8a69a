// For the hostile-content and CSP demo pages: shows whether anything from the hostile answers
// ran (each payload sets window.__pwned) and how many Content-Security-Policy violations the
// page has reported. Both should stay at "nothing".

const box = document.querySelector<HTMLElement>('[data-safety-monitor]');
const violations: string[] = [];

document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
  update();
});

function update(): void {
  if (!box) return;
  const pwned = (window as { __pwned?: string }).__pwned;
  box.dataset.state = pwned || violations.length ? 'bad' : 'good';
  box.textContent = pwned
    ? `Executed: a payload ran (${pwned}).`
    : violations.length
      ? `${violations.length} policy violation(s): ${violations.join('; ')}`
      : 'Nothing from the hostile answers has run, and no policy violation has been reported.';
}

update();
setInterval(update, 500);
