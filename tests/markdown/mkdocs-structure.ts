// Reduces rendered HTML (ours or Python-Markdown's) to what the MkDocs differential test compares: tab sets, footnotes, element trees, visible text.
import { parseHtml, squash, textOf } from './admonition-structure.ts'

type Element = ReturnType<typeof parseHtml>
type Node = Element | string

export interface TabSet {
  titles: string[]
  selected: number
  panels: { text: string; sets: TabSet[] }[]
}

export interface Footnotes {
  /** References in the text, in order: the number shown and the note it points to. */
  refs: { n: string; note: string; id: string }[]
  notes: { id: string; text: string; backrefs: string[] }[]
  /** Everything else on the page, whitespace removed. */
  outside: string
}

const classes = (e: Element) => (e.attrs.get('class') ?? '').split(/\s+/).filter(Boolean)
const elements = (e: Element) => e.children.filter((c): c is Element => typeof c !== 'string')

/** Tab sets, nested ones inside their panel, and the text outside every set. */
export function tabStructure(html: string, flavour: 'ours' | 'python'): { sets: TabSet[]; outside: string } {
  const outside: string[] = []
  const collect = (element: Element, text: string[]): TabSet[] =>
    element.children.flatMap((child) => {
      if (typeof child === 'string') {
        text.push(child)
        return []
      }
      return classes(child).includes('tabbed-set') ? [toSet(child)] : collect(child, text)
    })
  const toSet = (set: Element): TabSet => {
    const labels = elements(set).find((e) => classes(e).includes('tabbed-labels'))!
    const titles = elements(labels).map((e) => squash(textOf(e)))
    const panelElements =
      flavour === 'ours'
        ? elements(set).filter((e) => classes(e).includes('tabbed-block'))
        : elements(elements(set).find((e) => classes(e).includes('tabbed-content'))!)
    const selected =
      flavour === 'ours'
        ? elements(labels).findIndex((e) => e.attrs.get('aria-selected') === 'true')
        : elements(set).filter((e) => e.tag === 'input').findIndex((e) => e.attrs.has('checked'))
    return {
      titles,
      selected,
      panels: panelElements.map((panel) => {
        const text: string[] = []
        const sets = collect(panel, text)
        return { text: squash(text.join('')), sets }
      }),
    }
  }
  const sets = collect(parseHtml(html), outside)
  return { sets, outside: squash(outside.join('')) }
}

/** References, notes and back-links; Python's `div.footnote` and our `section.footnote` alike. */
export function footnoteStructure(html: string): Footnotes {
  const root = parseHtml(html)
  const refs: Footnotes['refs'] = []
  const notes: Footnotes['notes'] = []
  const outside: string[] = []
  const walk = (element: Element): void => {
    for (const child of element.children) {
      if (typeof child === 'string') outside.push(child)
      else if (classes(child).includes('footnote')) collectNotes(child)
      else if (child.tag === 'sup' && (child.attrs.get('id') ?? '').startsWith('fnref')) {
        const link = elements(child)[0]!
        refs.push({ n: textOf(link), note: link.attrs.get('href') ?? '', id: child.attrs.get('id') ?? '' })
      } else walk(child)
    }
  }
  const collectNotes = (container: Element): void => {
    const list = elements(container).find((e) => e.tag === 'ol')!
    for (const item of elements(list)) {
      const backrefs: string[] = []
      const text: string[] = []
      const visit = (node: Node): void => {
        if (typeof node === 'string') text.push(node)
        else if (classes(node).includes('footnote-backref')) backrefs.push(node.attrs.get('href') ?? '')
        else node.children.forEach(visit)
      }
      item.children.forEach(visit)
      notes.push({ id: item.attrs.get('id') ?? '', text: squash(text.join('')), backrefs })
    }
  }
  walk(root)
  return { refs, notes, outside: squash(outside.join('')) }
}

/** Tags, sorted attributes and text (whitespace removed): the element tree a reader's browser builds. */
export function elementTree(html: string): string {
  const show = (node: Node): string => {
    if (typeof node === 'string') return squash(node)
    const attrs = [...node.attrs].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => ` ${k}="${v}"`)
    return `<${node.tag}${attrs.join('')}>${node.children.map(show).join('')}</${node.tag}>`
  }
  return parseHtml(html).children.map(show).join('')
}

/** What the reader sees, whitespace removed. */
export function visibleText(html: string): string {
  return squash(textOf(parseHtml(html)))
}
