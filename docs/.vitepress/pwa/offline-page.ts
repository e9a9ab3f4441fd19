// The page a reader gets for a page that is not saved on the device while offline (the service worker's fallback).
import { escapeHtml } from 'markdown-it/lib/common/utils.mjs'
import { OFFLINE_SCRIPT, OFFLINE_STYLE } from './file-names.ts'

/**
 * A standalone page, not a VitePress route: it is served at whatever address failed, where the app would
 * try to load that address's page and show "页面未找到". Links are absolute from `base` for the same reason.
 * Without its script it still links the home page and the glossary, which every visit saves.
 */
export function offlinePageHtml(base: string): string {
  const url = (path: string) => escapeHtml(base + path)
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>离线中 | AiDraw</title>
<meta name="robots" content="noindex">
<link rel="icon" type="image/svg+xml" href="${url('logo.svg')}">
<link rel="stylesheet" href="${url(OFFLINE_STYLE)}">
<script type="module" src="${url(OFFLINE_SCRIPT)}"></script>
</head>
<body>
<main>
<p class="offline-brand"><img src="${url('logo.svg')}" width="32" height="32" alt="">AiDraw</p>
<h1>现在没有网络</h1>
<p>这一页还没有保存到本机，联网后刷新即可打开。已经保存的页面离线也能读：</p>
<ul id="offline-pages" data-base="${url('')}">
<li><a href="${url('')}">首页</a></li>
<li><a href="${url('glossary/')}">名词解释</a></li>
</ul>
<p><a class="offline-retry" href="">重新加载</a></p>
</main>
</body>
</html>
`
}
