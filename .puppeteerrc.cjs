// The test runner's Firefox launcher comes with puppeteer, which would download a browser of its
// own on `npm ci`. The tests use the machine's browsers (Debian's firefox-esr, chromium), so no
// download: `npm ci` works offline too.
module.exports = { skipDownload: true };
