// The files the offline app adds to a build, at the site's base: one list for the plugin options, the build and the headers.

/** The service worker and the web app manifest: always revalidated (deploy/headers.ts), so updates are found. */
export const SERVICE_WORKER_FILE = 'sw.js'
export const MANIFEST_FILE = 'manifest.webmanifest'

/** The page for an address that is neither saved nor reachable, its style sheet and the script that lists saved pages. */
export const OFFLINE_PAGE = 'offline.html'
export const OFFLINE_STYLE = 'offline.css'
export const OFFLINE_SCRIPT = 'offline.js'
