// The CDN builds squeeze whitespace in html`` and css`` templates (scripts/lib/minify-templates.mjs);
// what ships must mean exactly what the source says.
import { expect } from '@open-wc/testing';
import { minifyTemplateText } from '../../../scripts/lib/minify-templates.mjs';

describe('template minifier', () => {
  it('turns an indented line break in html into one space and keeps spaces on one line', () => {
    const raw = '\n      <p class="a  b">\n        Hello  there\n      </p>\n    ';
    expect(minifyTemplateText('html', raw)).to.equal(' <p class="a  b"> Hello  there </p> ');
  });

  it('keeps a space next to where a binding goes', () => {
    expect(minifyTemplateText('html', '\n  <span>\n    ')).to.equal(' <span> ');
    expect(minifyTemplateText('html', ' items')).to.equal(' items');
  });

  it('squeezes css around braces, semicolons, commas and after colons, dropping comments', () => {
    const raw = `
      /* why */
      :host {
        display: block;
        font-family: a, b;
      }
      .row :focus-visible > span,
      .x:not(.y) {
        width: calc(100% - 2rem);
      }
      @media (forced-colors: active) {
        a { color: LinkText; }
      }
    `;
    expect(minifyTemplateText('css', raw)).to.equal(
      ' :host{display:block;font-family:a,b}.row :focus-visible > span,.x:not(.y){width:calc(100% - 2rem)}' +
        '@media (forced-colors:active){a{color:LinkText}}',
    );
  });

  it('keeps quoted css strings as written', () => {
    expect(minifyTemplateText('css', "dt::after { content: ' :  ; '; }")).to.equal("dt::after{content:' :  ; '}");
    expect(minifyTemplateText('css', 'a { content: "a,  b"; }')).to.equal('a{content:"a,  b"}');
  });

  it('leaves text with escapes alone', () => {
    const raw = "\n  li::before { content: '\\2022'; }\n";
    expect(minifyTemplateText('css', raw)).to.equal(raw);
  });
});
