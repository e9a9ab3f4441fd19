// Where Python-Markdown starts a block: the column of each container, and the list-item text it will not split.
//
// markdown-it starts a block anywhere up to 3 spaces past its container's indentation, and puts a list
// item's content right after its marker. Python-Markdown (which MkDocs pages were written for) starts
// a block only at its container's own column: 0 at the top and in a blockquote, the body column of an
// admonition or tab, and 4 past the list's own container inside a list item. And a tight list item's
// lines are its text until a blank line, however they are indented. These functions let a block rule
// written for MkDocs syntax keep Python-Markdown's reading.
import type { StateBlock, Token } from 'markdown-it'

export interface PythonPlacement {
  /** The column a block must start at in the innermost container, as Python-Markdown reads it. */
  column: number
  /** When the innermost container is a list or list item: the column of the container holding the list. */
  listColumn: number | undefined
}

/** The containers open at the current line, outermost first: each is the last open token one level further out. */
function openContainers(state: StateBlock): Token[] {
  const chain: Token[] = []
  for (let i = state.tokens.length - 1, level = state.level - 1; i >= 0 && level >= 0; i--) {
    const token = state.tokens[i]!
    if (token.nesting === 1 && token.level === level) {
      chain.push(token)
      level--
    }
  }
  return chain.reverse()
}

export function pythonPlacement(state: StateBlock): PythonPlacement {
  let column = 0
  let listColumn: number | undefined
  const chain = openContainers(state)
  chain.forEach((token, i) => {
    switch (token.type) {
      case 'blockquote_open':
        // markdown-it counts columns from after the `>` inside a blockquote, as Python-Markdown does.
        column = 0
        listColumn = undefined
        break
      case 'bullet_list_open':
      case 'ordered_list_open':
        listColumn = column
        break
      case 'list_item_open':
        column = (listColumn ?? column) + 4
        break
      case 'admonition_open':
      case 'tabs_panel_open':
        // Bodies are indented four columns past their header line.
        column = state.sCount[token.map![0]]! + 4
        listColumn = undefined
        break
      case 'footnote_reference_open':
        // A footnote definition's body is indented four columns, in markdown-it-footnote as in Python-Markdown.
        column += 4
        listColumn = undefined
        break
      default:
        // Another plugin's container (a footnote definition, …): its own indentation is the block's.
        if (i === chain.length - 1) column = state.blkIndent
        listColumn = undefined
    }
  })
  return { column, listColumn }
}

/**
 * Why Python-Markdown reads a block header on `line` as text, or `undefined` when it starts a block
 * there. Call it from a block rule that has recognised the header and is about to accept it; `what`
 * names the syntax in the message (`an admonition header`).
 */
export function misplacedHeader(state: StateBlock, line: number, what = 'the header'): string | undefined {
  const indent = state.sCount[line]!
  const last = state.tokens.at(-1)
  // On the marker line of a list item (`- !!! note`), the header starts the item's text, which is its column.
  if (last?.type === 'list_item_open' && last.map?.[0] === line) return undefined
  const { column, listColumn } = pythonPlacement(state)
  if (state.parentType === 'paragraph' && last?.type === 'list_item_open' && listColumn !== undefined) {
    // Asked by the paragraph rule whether the line ends the first paragraph of a list item. In Python-Markdown
    // the item's text runs on to the next blank line, unless the line starts at the list's own column or
    // further out (then the list ends there, as it does in markdown-it).
    if (indent <= listColumn) return undefined
    return `${what} continues the list item's text on the line above, so Python-Markdown shows it as text (kept as text) — put a blank line before it and indent it ${column} spaces to put it in the list item`
  }
  // Outdented past the container: markdown-it closes the container first and asks again from outside it.
  if (state.parentType === 'paragraph' && indent < state.blkIndent) return undefined
  if (indent === column) return undefined
  if (listColumn !== undefined && indent < column) {
    return `${what} is indented ${indent} spaces, too few for a block in the list item, so Python-Markdown ends the list and shows it as text (kept as text) — indent it ${column} spaces to put it in the list item, or ${listColumn} to put it after the list`
  }
  const extra = indent - column
  return `${what} has ${extra} leading space${extra === 1 ? '' : 's'} more than its surroundings, so Python-Markdown shows it as text (kept as text) — start it at column ${column + 1}`
}
