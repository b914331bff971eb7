// puppeteer (through @web/test-runner-puppeteer, for Firefox) must not download a browser: npm
// cannot fetch browsers on our machines. The tests drive Debian's firefox-esr (see
// web-test-runner.browsers.config.mjs).
module.exports = { skipDownload: true };
