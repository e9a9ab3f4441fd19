// Reduces rendered HTML (ours or Python-Markdown's) to the admonition structure the differential test compares.
//
// Both renderers emit balanced, machine-written HTML, so a small tag scanner is enough; no DOM needed.
import { decodeHTML } from 'entities'

export interface AdmonitionNode {
  kind: 'admonition' | 'details'
  /** `collapsed` / `open` for details, `plain` for `!!!`. */
  state: 'plain' | 'collapsed' | 'open'
  /** Type as written, lower-cased; '' for `??? "title"`. */
  type: string
  extraClasses: string[]
  /** Text of the title; `null` when there is no title bar. */
  title: string | null
  /** Body text outside nested admonitions, all whitespace removed. */
  body: string
  /** Lists and blockquotes between this block and its parent admonition (or the page). */
  context: string[]
  children: AdmonitionNode[]
}

interface Element {
  tag: string
  attrs: Map<string, string>
  children: Array<Element | string>
}

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'wbr'])
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>|[^<]+|</g
const ATTR = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g
const OUR_BLOCK_CLASSES = new Set(['info', 'tip', 'warning', 'danger', 'details', 'custom-block', 'admonition'])

export function parseHtml(html: string): Element {
  const root: Element = { tag: '#root', attrs: new Map(), children: [] }
  const stack: Element[] = [root]
  for (const match of html.matchAll(TOKEN)) {
    const [whole, closing, tag, rawAttrs] = match
    const top = stack[stack.length - 1]!
    if (whole.startsWith('<!--')) continue
    if (tag === undefined) {
      top.children.push(decodeHTML(whole))
    } else if (closing) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag.toLowerCase())
      if (at > 0) stack.length = at
    } else {
      const element: Element = { tag: tag.toLowerCase(), attrs: parseAttrs(rawAttrs ?? ''), children: [] }
      top.children.push(element)
      if (!VOID.has(element.tag) && !whole.endsWith('/>')) stack.push(element)
    }
  }
  return root
}

export function admonitionTree(html: string, flavour: 'ours' | 'python'): AdmonitionNode[] {
  return collect(parseHtml(html), flavour)
}

/** Text of the page outside every admonition, whitespace removed: where text leaks in or out shows here. */
export function textOutsideAdmonitions(html: string, flavour: 'ours' | 'python'): string {
  const parts: string[] = []
  const walk = (element: Element): void => {
    for (const child of element.children) {
      if (typeof child === 'string') parts.push(child)
      else if (!toAdmonition(child, flavour, [])) walk(child)
    }
  }
  walk(parseHtml(html))
  return squash(parts.join(''))
}

function collect(element: Element, flavour: 'ours' | 'python', context: string[] = []): AdmonitionNode[] {
  const found: AdmonitionNode[] = []
  for (const child of element.children) {
    if (typeof child === 'string') continue
    const node = toAdmonition(child, flavour, context)
    if (node) found.push(node)
    else found.push(...collect(child, flavour, ['ul', 'ol', 'blockquote'].includes(child.tag) ? [...context, child.tag] : context))
  }
  return found
}

function toAdmonition(element: Element, flavour: 'ours' | 'python', context: string[]): AdmonitionNode | undefined {
  const classes = (element.attrs.get('class') ?? '').split(/\s+/).filter(Boolean)
  let kind: AdmonitionNode['kind']
  let type: string
  let extraClasses: string[]
  if (flavour === 'python') {
    if (element.tag === 'details') kind = 'details'
    else if (element.tag === 'div' && classes[0] === 'admonition') kind = 'admonition'
    else return undefined
    const typed = kind === 'admonition' ? classes.slice(1) : classes
    type = typed[0] ?? ''
    extraClasses = typed.slice(1)
  } else {
    if (!classes.includes('admonition')) return undefined
    kind = element.tag === 'details' ? 'details' : 'admonition'
    const typeClasses = classes.filter((c) => c.startsWith('admonition-') && c !== 'admonition-unknown')
    // An alias or unknown word is the last `admonition-*` class; a canonical type is the only one.
    type = typeClasses.at(-1)?.slice('admonition-'.length) ?? ''
    extraClasses = classes.filter((c) => !OUR_BLOCK_CLASSES.has(c) && !c.startsWith('admonition-'))
  }

  const titleElement = element.children.find(
    (c): c is Element =>
      typeof c !== 'string' &&
      (c.tag === 'summary' ||
        (c.tag === 'p' && /\b(admonition-title|custom-block-title)\b/.test(c.attrs.get('class') ?? ''))),
  )
  const bodyParts: string[] = []
  const children: AdmonitionNode[] = []
  const walk = (node: Element, nested: string[]): void => {
    for (const child of node.children) {
      if (typeof child === 'string') bodyParts.push(child)
      else if (child === titleElement) continue
      else {
        const inner = toAdmonition(child, flavour, nested)
        if (inner) children.push(inner)
        else walk(child, ['ul', 'ol', 'blockquote'].includes(child.tag) ? [...nested, child.tag] : nested)
      }
    }
  }
  walk(element, [])

  return {
    kind,
    state: kind === 'admonition' ? 'plain' : element.attrs.has('open') ? 'open' : 'collapsed',
    type,
    extraClasses,
    title: titleElement ? textOf(titleElement) : null,
    body: squash(bodyParts.join('')),
    context,
    children,
  }
}

export function textOf(node: Element | string): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('')
}

export function squash(text: string): string {
  return text.replace(/\s+/g, '')
}

function parseAttrs(raw: string): Map<string, string> {
  const attrs = new Map<string, string>()
  for (const m of raw.matchAll(ATTR)) attrs.set(m[1]!.toLowerCase(), decodeHTML(m[2] ?? m[3] ?? m[4] ?? ''))
  return attrs
}
