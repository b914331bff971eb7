/**
 * Hostile strings for "text stays text" tests. If any of them ever became markup, the `onerror`
 * handler would set `window.__pwned`, and the tests assert it never does.
 */
export const HOSTILE_TEXT = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
export const HOSTILE_URLS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:alert(1)',
  ' java\tscript:alert(1)',
  'data:text/html,<script>1</script>',
  'vbscript:msgbox(1)',
];

export function wasPwned(): boolean {
  return (window as unknown as { __pwned?: unknown }).__pwned !== undefined;
}

/** Every href/src in a shadow tree (recursively), to check none carries a disallowed scheme. */
export function allUrls(root: ParentNode): string[] {
  const urls: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    for (const name of ['href', 'src', 'action', 'formaction']) {
      const value = element.getAttribute(name);
      if (value !== null) urls.push(value);
    }
    if (element.shadowRoot) urls.push(...allUrls(element.shadowRoot));
  }
  return urls;
}
