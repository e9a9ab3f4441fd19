// The head tags that make a shared link show its card: Open Graph and Twitter (which reads og: for the rest).
import type { HeadConfig } from 'vitepress'
import { CARD_HEIGHT, CARD_WIDTH } from './render.ts'

export interface CardHead {
  title: string
  description: string
  /** The card's absolute URL on this deployment. */
  image: string
  /** What the card shows, for readers who cannot see it. */
  alt: string
}

/** og:title, og:description, og:image (+ size, type, alt), og:locale and twitter:card; og:url, og:type and og:site_name are set elsewhere. */
export function shareCardHead({ title, description, image, alt }: CardHead): HeadConfig[] {
  const og = (property: string, content: string): HeadConfig => ['meta', { property, content }]
  return [
    og('og:title', title),
    ...(description ? [og('og:description', description)] : []),
    og('og:locale', 'zh_CN'),
    og('og:image', image),
    og('og:image:type', 'image/png'),
    og('og:image:width', String(CARD_WIDTH)),
    og('og:image:height', String(CARD_HEIGHT)),
    og('og:image:alt', alt),
    ['meta', { name: 'twitter:card', content: 'summary_large_image' }],
  ]
}
