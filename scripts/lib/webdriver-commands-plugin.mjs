// sendKeys and setViewport for WebDriver browsers (WebKit here), which @web/test-runner-commands
// serves only in part:
// - sendKeys: its own passes WebDriver sessions only `press` and `type` (through webdriverio's
//   keys(), which loses spaces in typed text under WebKitWebDriver) and refuses `down` / `up`
//   (e.g. Shift+Tab). This one sends all four as W3C key actions.
// - setViewport: its own refuses WebDriver sessions. This one sizes the window (Set Window Rect)
//   so that the page's viewport (innerWidth × innerHeight) is the size asked for, allowing for the
//   browser's own toolbars. With concurrency 1 the test page is the window's top-level page.
//   A size the window cannot take (MiniBrowser's toolbar keeps it 447 px wide at least) fails
//   with "the window cannot be made that size", which a test may turn into a skip.
// Sessions of other types keep the default commands.
// wtr puts its own command plugins before the config's, and copies the config's plugin list, so
// a reporter (whose start() sees the runner's own config) moves this plugin first.
const KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
  ShiftLeft: '\uE008',
  ControlLeft: '\uE009',
  AltLeft: '\uE00A',
  MetaLeft: '\uE03D',
};

function keyValue(name) {
  if (name.length === 1) return name;
  const value = KEYS[name];
  if (!value) throw new Error(`webdriver sendKeys: unknown key "${name}"`);
  return value;
}

function actionsFor(payload) {
  if ('type' in payload)
    return [...payload.type].flatMap((char) => [
      { type: 'keyDown', value: char },
      { type: 'keyUp', value: char },
    ]);
  if ('press' in payload) {
    // 'Shift+Tab' style combinations: hold the modifiers, press the last key, release in reverse.
    const keys = payload.press.split(/\+(?!$)/).map(keyValue);
    return [...keys.map((value) => ({ type: 'keyDown', value })), ...keys.reverse().map((value) => ({ type: 'keyUp', value }))];
  }
  if ('down' in payload) return [{ type: 'keyDown', value: keyValue(payload.down) }];
  if ('up' in payload) return [{ type: 'keyUp', value: keyValue(payload.up) }];
  throw new Error('webdriver sendKeys: give type, press, down or up');
}

const viewportOf = (driver) => driver.execute('return { width: innerWidth, height: innerHeight };');

/** Sizes the window until the viewport is `width` × `height` (the toolbars' size is learnt on the first try). */
async function setViewport(driver, { width, height }) {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const viewport = await viewportOf(driver);
    if (viewport.width === width && viewport.height === height) return;
    const rect = await driver.getWindowRect();
    await driver.setWindowRect(null, null, rect.width + width - viewport.width, rect.height + height - viewport.height);
  }
  const viewport = await viewportOf(driver);
  if (viewport.width !== width || viewport.height !== height)
    throw new Error(
      `webdriver setViewport: the window cannot be made that size: asked for ${width}×${height}, the page has ${viewport.width}×${viewport.height}`,
    );
}

/** `plugin` goes into the config's plugins, `reporter` into its reporters. */
export function webdriverCommands() {
  const plugin = {
    name: 'care-webdriver-commands',
    async executeCommand({ command, payload, session }) {
      if (session.browser.type !== 'webdriver' || (command !== 'send-keys' && command !== 'set-viewport')) return undefined;
      const driver = session.browser.driver;
      if (!driver) throw new Error(`webdriver ${command}: no driver session`);
      if (command === 'set-viewport') await setViewport(driver, payload);
      else await driver.performActions([{ type: 'key', id: 'care-keyboard', actions: actionsFor(payload) }]);
      return true;
    },
  };
  const reporter = {
    start({ config }) {
      const plugins = config.plugins ?? [];
      const index = plugins.indexOf(plugin);
      if (index > 0) plugins.unshift(...plugins.splice(index, 1));
    },
  };
  return { plugin, reporter };
}
