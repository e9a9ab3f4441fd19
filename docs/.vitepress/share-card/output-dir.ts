// Where the built site keeps the share cards: every file in it is named by its content hash (site-cards.ts).
export const SHARE_CARD_DIR = 'share-cards'
