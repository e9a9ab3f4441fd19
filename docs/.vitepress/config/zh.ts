// Chinese labels, nav and sidebar of the site (the only locale, served at the root).
import { defineConfig, type DefaultTheme } from 'vitepress'
import { collectGlossary } from '../glossary/collect.ts'
import { chineseSearch } from '../search/local-search.ts'
import { EDIT_LINK_PATTERN, REPO_URL } from '../site.ts'

export const zh = defineConfig({
  lang: 'zh-CN',
  description: '写给新人的 AI 绘画指南：Stable Diffusion WebUI 与 NovelAI 的入门说明和术语解释。',

  themeConfig: {
    nav: nav(),
    sidebar: sidebar(),

    editLink: {
      pattern: EDIT_LINK_PATTERN,
      text: '在 GitHub 上编辑此页面',
    },

    footer: {
      message:
        '本站内容以 <a href="/about/license">GNU 自由文档许可证 1.3</a>（GFDL 1.3）或更高版本授权。',
      copyright: 'Copyright © 2022 StableDiffusionBook',
    },

    docFooter: { prev: '上一页', next: '下一页' },
    outline: { label: '页面导航', level: [2, 3] },
    // The date itself is formatted by theme/components/LastUpdated.vue (Beijing time, at build time).
    lastUpdated: { text: '最后更新于' },

    notFound: {
      title: '页面未找到',
      quote: '你要找的页面不存在，可能已被移动或删除。',
      linkLabel: '前往首页',
      linkText: '带我回首页',
      code: '404',
    },

    langMenuLabel: '多语言',
    returnToTopLabel: '回到顶部',
    sidebarMenuLabel: '菜单',
    darkModeSwitchLabel: '主题',
    lightModeSwitchTitle: '切换到浅色模式',
    darkModeSwitchTitle: '切换到深色模式',
    skipToContentLabel: '跳到正文',

    search: {
      provider: 'local',
      options: {
        // Chinese word segmentation for the index and the search box (docs/.vitepress/search/).
        ...chineseSearch.options,
        translations: {
          button: { buttonText: '搜索文档', buttonAriaLabel: '搜索文档' },
          modal: {
            displayDetails: '显示详细列表',
            resetButtonTitle: '清除查询条件',
            backButtonTitle: '关闭搜索',
            noResultsText: '无法找到相关结果',
            footer: {
              selectText: '选择',
              selectKeyAriaLabel: '回车',
              navigateText: '切换',
              navigateUpKeyAriaLabel: '上方向键',
              navigateDownKeyAriaLabel: '下方向键',
              closeText: '关闭',
              closeKeyAriaLabel: 'Esc',
            },
          },
        },
      },
    },
  },
})

function nav(): DefaultTheme.NavItem[] {
  return [
    { text: '分流地址', link: '/guide/mirrors', activeMatch: '^/guide/mirrors' },
    { text: 'SD 与 NAI', link: '/guide/sd-and-nai', activeMatch: '^/guide/sd-and-nai' },
    { text: '名词解释', link: '/glossary/', activeMatch: '^/glossary/' },
    { text: '社区', link: '/guide/community', activeMatch: '^/guide/community' },
  ]
}

function sidebar(): DefaultTheme.Sidebar {
  return [
    {
      text: '入门',
      items: [
        { text: '分流地址', link: '/guide/mirrors' },
        { text: 'Stable Diffusion 和 NAI', link: '/guide/sd-and-nai' },
        { text: '社区', link: '/guide/community' },
      ],
    },
    {
      text: '名词解释',
      // Every term page, from the glossary itself: a new page appears here without editing this file.
      items: [{ text: '名词解释总览', link: '/glossary/' }, ...glossarySidebarItems()],
    },
    {
      text: '关于',
      items: [
        { text: '最近更新', link: '/updates' },
        { text: '许可证', link: '/about/license' },
      ],
    },
    {
      text: '参与贡献',
      items: [
        { text: '提示框（Admonition）示例', link: '/contributing/admonitions' },
        { text: '从 MkDocs 迁移', link: '/contributing/mkdocs' },
      ],
    },
  ]
}

/** The glossary's term pages in its own order (the jargon table first, then by pinyin), each under its term. */
function glossarySidebarItems(): DefaultTheme.SidebarItem[] {
  return collectGlossary()
    .filter((entry) => entry.kind === 'page')
    .map((entry) => ({ text: entry.term, link: entry.link }))
}
