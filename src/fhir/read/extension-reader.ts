/** The one reader of FHIR extensions (project extensions, pronouns, complex sub-extensions). */
import { isObject, readArray, readString, type Json } from './fields.js';
import { at, reportWrongType, type ProblemLog } from './problems.js';

export interface ExtensionAt {
  extension: Json;
  path: string;
}

/** The extensions of `owner` with this url, each with its path (e.g. `extension[3]`). */
export function extensionsOf(owner: Json, url: string, path: string, log: ProblemLog): ExtensionAt[] {
  const where = at(path, 'extension');
  return readArray(owner, 'extension', path, log).flatMap((item, index) => {
    if (!isObject(item)) return reportWrongType(log, at(where, index), 'an Extension object') ?? [];
    return item.url === url ? [{ extension: item, path: at(where, index) }] : [];
  });
}

/** Sub-extensions of a complex extension (their `url` is a plain name such as `does`). */
export function subExtensions(parent: ExtensionAt, url: string, log: ProblemLog): ExtensionAt[] {
  return extensionsOf(parent.extension, url, parent.path, log);
}

/** The text of a string-like value[x] (valueString, else valueMarkdown). */
export function extensionText(entry: ExtensionAt, log: ProblemLog): string | undefined {
  return (
    readString(entry.extension, 'valueString', entry.path, log) ?? readString(entry.extension, 'valueMarkdown', entry.path, log)
  );
}

/** Text of every sub-extension named `url`. */
export function subExtensionTexts(parent: ExtensionAt, url: string, log: ProblemLog): string[] {
  return subExtensions(parent, url, log).flatMap((entry) => extensionText(entry, log) ?? []);
}
