// Runs before `vitepress build`: deepens a shallow clone or stops the build with what to do.
import { ensureGitHistory } from '../../docs/.vitepress/deploy/git-history.ts'

try {
  const state = ensureGitHistory()
  if (state === 'deepened') console.log('git: shallow clone deepened, page dates come from the full history')
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
