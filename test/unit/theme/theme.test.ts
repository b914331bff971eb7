import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import '../../../src/components/care-team-provider/define.js';
import type { CareTeamProvider } from '../../../src/components/care-team-provider/care-team-provider.js';
import { tokens } from '../../../src/shared/styles/tokens.js';
import { installThemeClasses } from '../../../src/theme/apply.js';
import { smartStyleToTokens, applySmartStyle } from '../../../src/theme/smart-style.js';
import { THEME_PRESETS } from '../../../src/theme/presets.js';

/** A minimal element styled like every care element: text and surface from the system tokens. */
class ThemeProbe extends LitElement {
  static override styles = [tokens, css`:host { display: block; background: var(--_sys-surface); }`];
}
customElements.define('test-theme-probe', ThemeProbe);

const colours = (element: Element) => {
  const style = getComputedStyle(element);
  return { text: style.color, surface: style.backgroundColor, scheme: style.colorScheme };
};

describe('theme presets', () => {
  it('light and dark on the provider switch the colours of elements inside it', async () => {
    const provider = await fixture<CareTeamProvider>(
      html`<care-team-provider theme="light"><test-theme-probe></test-theme-probe></care-team-provider>`,
    );
    const probe = provider.querySelector('test-theme-probe')!;
    const light = colours(probe);
    expect(light.surface).to.equal('rgb(255, 255, 255)');
    provider.theme = 'dark';
    await provider.updateComplete;
    const dark = colours(probe);
    expect(dark.surface).to.equal('rgb(22, 27, 34)');
    expect(dark.text).to.not.equal(light.text);
  });

  it('high contrast gives black on white text (AAA) and a thicker focus ring', async () => {
    const provider = await fixture<CareTeamProvider>(
      html`<care-team-provider theme="high-contrast" style="color-scheme: light"><test-theme-probe></test-theme-probe></care-team-provider>`,
    );
    expect(provider.style.getPropertyValue('--care-sys-focus-ring-width')).to.equal('4px');
    provider.style.setProperty('color-scheme', 'light');
    const probe = provider.querySelector('test-theme-probe')!;
    expect(colours(probe).text).to.equal('rgb(0, 0, 0)');
  });

  it("without a preset, follows the page's color-scheme when it declares one", async () => {
    const wrapper = await fixture(
      html`<div style="color-scheme: dark"><care-team-provider><test-theme-probe></test-theme-probe></care-team-provider></div>`,
    );
    const provider = wrapper.querySelector('care-team-provider')!;
    await provider.updateComplete;
    expect(getComputedStyle(provider.querySelector('test-theme-probe')!).colorScheme).to.equal('dark');
  });

  it('without a preset, follows the page when it switches its color-scheme later', async () => {
    const provider = await fixture<CareTeamProvider>(html`<care-team-provider><test-theme-probe></test-theme-probe></care-team-provider>`);
    const probe = provider.querySelector('test-theme-probe')!;
    try {
      document.documentElement.style.colorScheme = 'dark';
      await new Promise((resolve) => setTimeout(resolve));
      expect(getComputedStyle(probe).colorScheme).to.equal('dark');
    } finally {
      document.documentElement.style.colorScheme = '';
    }
    await new Promise((resolve) => setTimeout(resolve));
    expect(provider.style.getPropertyValue('color-scheme')).to.equal('light dark');
  });

  it('without a preset or a page scheme, follows prefers-color-scheme; switching presets clears the previous tokens', async () => {
    const provider = await fixture<CareTeamProvider>(html`<care-team-provider><test-theme-probe></test-theme-probe></care-team-provider>`);
    expect(provider.style.getPropertyValue('color-scheme')).to.equal('light dark');
    provider.theme = 'high-contrast';
    await provider.updateComplete;
    expect(provider.style.getPropertyValue('--care-sys-color-text')).to.contain('#000000');
    provider.theme = 'dark';
    await provider.updateComplete;
    expect(provider.style.getPropertyValue('--care-sys-color-text')).to.equal('');
    expect(provider.style.getPropertyValue('color-scheme')).to.equal('dark');
  });

  it('a care-theme-<preset> class on any ancestor themes the elements', async () => {
    installThemeClasses();
    for (const preset of THEME_PRESETS) {
      const wrapper = await fixture(html`<div class="care-theme-${preset}"><section><test-theme-probe></test-theme-probe></section></div>`);
      const scheme = getComputedStyle(wrapper.querySelector('test-theme-probe')!).colorScheme;
      expect(scheme, preset).to.equal(preset === 'high-contrast' ? 'light dark' : preset);
    }
  });
});

describe('SMART App Launch style adapter', () => {
  const ehrStyle = {
    color_background: '#edeae3',
    color_error: '#9e2d2d',
    color_highlight: '#69b5ce',
    color_modal_backdrop: '',
    color_success: '#498e49',
    color_text: '#303030',
    dim_border_radius: '6px',
    dim_font_size: '13px',
    dim_spacing_size: '20px',
    font_family_body: 'Georgia, Times, serif',
    font_family_heading: '"HelveticaNeue-Light", Helvetica, Arial, sans-serif',
  };

  it('maps every SMART style key to its tokens', () => {
    const { tokens, rejected } = smartStyleToTokens(ehrStyle);
    expect(rejected).to.deep.equal([]);
    expect(tokens).to.include({
      '--care-sys-color-surface': '#edeae3',
      '--care-sys-color-text': '#303030',
      '--care-sys-color-primary': '#69b5ce',
      '--care-sys-color-focus-ring': '#69b5ce',
      '--care-sys-color-error': '#9e2d2d',
      '--care-sys-color-success': '#498e49',
      '--care-sys-radius': '6px',
      '--care-sys-font-size': '13px',
      '--care-sys-spacing': '20px',
      '--care-sys-font-family': 'Georgia, Times, serif',
    });
  });

  it('refuses values that are not the CSS they claim to be, or that smuggle declarations', () => {
    const { tokens, rejected } = smartStyleToTokens({
      color_text: 'red; background: url(https://evil.example/x)',
      color_background: 'not-a-colour',
      dim_border_radius: '4',
      font_family_body: 'x} body { display:none',
    });
    expect(rejected.sort()).to.deep.equal(['color_background', 'color_text', 'font_family_body']);
    expect(tokens).to.deep.equal({ '--care-sys-radius': '4px' });
    expect(smartStyleToTokens(null).tokens).to.deep.equal({});
    expect(smartStyleToTokens('style').tokens).to.deep.equal({});
  });

  it('takes the EHR look when applied through the provider', async () => {
    const provider = await fixture<CareTeamProvider>(
      html`<care-team-provider theme="light"><test-theme-probe></test-theme-probe></care-team-provider>`,
    );
    provider.smartStyle = ehrStyle;
    await provider.updateComplete;
    const probe = provider.querySelector('test-theme-probe')!;
    expect(getComputedStyle(probe).backgroundColor).to.equal('rgb(237, 234, 227)');
    expect(getComputedStyle(probe).fontFamily).to.contain('Georgia');
  });

  it('replacing or removing the SMART style clears the tokens it had set', async () => {
    const provider = await fixture<CareTeamProvider>(html`<care-team-provider theme="light"></care-team-provider>`);
    provider.smartStyle = { dim_border_radius: '12px', font_family_body: 'Georgia' };
    await provider.updateComplete;
    expect(provider.style.getPropertyValue('--care-sys-radius')).to.equal('12px');
    provider.smartStyle = { color_text: '#303030' };
    await provider.updateComplete;
    expect(provider.style.getPropertyValue('--care-sys-radius')).to.equal('');
    expect(provider.style.getPropertyValue('--care-sys-font-family')).to.equal('');
    provider.smartStyle = undefined;
    await provider.updateComplete;
    expect(provider.style.getPropertyValue('--care-sys-color-text')).to.equal('');
  });

  it('applySmartStyle returns what it refused', () => {
    const target = document.createElement('div');
    expect(applySmartStyle(target, { color_text: 'javascript:alert(1)' })).to.deep.equal(['color_text']);
    expect(target.style.getPropertyValue('--care-sys-color-text')).to.equal('');
  });
});
