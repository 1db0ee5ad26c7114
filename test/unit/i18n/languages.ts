import { resolve } from 'node:path'

/** Interface text as nested objects of strings, as src/renderer/src/i18n/<language> exports it. */
export type Tree = { readonly [key: string]: string | Tree }

/**
 * Loads a language's text at run time. The renderer's files belong to the
 * web TypeScript project, not this (node) one, so they are imported by a
 * computed path that the node project's type check does not follow.
 */
export async function loadLanguage(language: 'ko' | 'en'): Promise<Tree> {
  const module = (await import(resolve('src/renderer/src/i18n', language, 'index.ts'))) as Record<string, Tree | undefined>
  const text = module[language]
  if (text === undefined) throw new Error(`src/renderer/src/i18n/${language} exports no "${language}"`)
  return text
}

/** One string of a language by its dotted key, with {{placeholders}} filled in; throws for a missing key, so a test can't silently look for nothing. */
export function textOf(tree: Tree, key: string, params: Readonly<Record<string, string>> = {}): string {
  const found = key.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree)
  if (typeof found !== 'string') throw new Error(`no text for ${key}`)
  return found.replace(/\{\{\s*(\w+)[^}]*\}\}/g, (whole, name: string) => params[name] ?? whole)
}
