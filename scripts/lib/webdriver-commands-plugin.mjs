// sendKeys for WebDriver browsers (WebKit here) with W3C actions: @web/test-runner-commands' own
// sendKeys passes WebDriver sessions only `press` and `type` (through webdriverio's keys(), which
// loses spaces in typed text under WebKitWebDriver) and refuses `down` / `up` (e.g. Shift+Tab).
// This one handles all four for sessions of type 'webdriver'; other browsers keep the default.
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

/** `plugin` goes into the config's plugins, `reporter` into its reporters. */
export function webdriverKeys() {
  const plugin = {
    name: 'care-webdriver-keys',
    async executeCommand({ command, payload, session }) {
      if (command !== 'send-keys' || session.browser.type !== 'webdriver') return undefined;
      const driver = session.browser.driver;
      if (!driver) throw new Error('webdriver sendKeys: no driver session');
      await driver.performActions([{ type: 'key', id: 'care-keyboard', actions: actionsFor(payload) }]);
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
