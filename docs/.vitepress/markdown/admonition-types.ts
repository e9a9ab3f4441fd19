// The one table of MkDocs admonition types: every name and alias, the VitePress block it looks like, and its Chinese default title.

/** The VitePress custom-block classes an admonition can borrow its look from. */
export type VitePressBlock = 'info' | 'tip' | 'warning' | 'danger'

export interface AdmonitionType {
  /** Canonical MkDocs-Material type; our theme styles `.admonition-<type>`. */
  readonly type: string
  /** The VitePress block whose styles apply before ours (the four native ones look exactly native). */
  readonly block: VitePressBlock
  /** Shown when the source gives no title. */
  readonly title: string
}

// Aliases keep their own Chinese title because Python-Markdown titles an untitled block after
// the word that was written (`!!! hint` → "Hint"), so readers expect the alias's meaning.
const TABLE: Readonly<Record<string, AdmonitionType>> = {
  note: { type: 'note', block: 'info', title: '注意' },

  abstract: { type: 'abstract', block: 'info', title: '摘要' },
  summary: { type: 'abstract', block: 'info', title: '概要' },
  tldr: { type: 'abstract', block: 'info', title: '太长不看' },

  info: { type: 'info', block: 'info', title: '信息' },
  todo: { type: 'info', block: 'info', title: '待办' },

  tip: { type: 'tip', block: 'tip', title: '提示' },
  hint: { type: 'tip', block: 'tip', title: '小贴士' },
  important: { type: 'tip', block: 'tip', title: '重要' },

  success: { type: 'success', block: 'tip', title: '成功' },
  check: { type: 'success', block: 'tip', title: '通过' },
  done: { type: 'success', block: 'tip', title: '完成' },

  question: { type: 'question', block: 'info', title: '问题' },
  help: { type: 'question', block: 'info', title: '帮助' },
  faq: { type: 'question', block: 'info', title: '常见问题' },

  warning: { type: 'warning', block: 'warning', title: '警告' },
  caution: { type: 'warning', block: 'warning', title: '小心' },
  attention: { type: 'warning', block: 'warning', title: '留意' },

  failure: { type: 'failure', block: 'danger', title: '失败' },
  fail: { type: 'failure', block: 'danger', title: '失败' },
  missing: { type: 'failure', block: 'danger', title: '缺失' },

  danger: { type: 'danger', block: 'danger', title: '危险' },
  error: { type: 'danger', block: 'danger', title: '错误' },

  bug: { type: 'bug', block: 'danger', title: '缺陷' },

  example: { type: 'example', block: 'info', title: '示例' },

  quote: { type: 'quote', block: 'info', title: '引用' },
  cite: { type: 'quote', block: 'info', title: '引文' },
}

/** Every name the table knows, canonical types and aliases alike. */
export const ADMONITION_NAMES: readonly string[] = Object.keys(TABLE)

/** Canonical types, in the order the gallery and the theme list them. */
export const ADMONITION_TYPES: readonly string[] = [...new Set(Object.values(TABLE).map((t) => t.type))]

/** Looks up a (lower-cased) name; `undefined` means the type is unknown. */
export function resolveAdmonitionType(name: string): AdmonitionType | undefined {
  return Object.hasOwn(TABLE, name) ? TABLE[name] : undefined
}
