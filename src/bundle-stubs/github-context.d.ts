// Types for the Context class of @actions/github, which tsconfig.json maps as
// "@actions/github/context" (the package exports only its entry, which loads Octokit).
declare module '@actions/github/context' {
  export { Context } from '@actions/github'
}
