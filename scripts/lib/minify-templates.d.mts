// Types for minify-templates.mjs (used by its tests in TypeScript).
export function minifyTemplateText(kind: 'html' | 'css', raw: string): string;
export function minifyTemplates(options?: { include?: RegExp }): { name: string };
