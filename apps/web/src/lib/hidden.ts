/** Hidden articles and comments reach only their author and moderators, marked `hidden: true`. */
export function isHidden(content: object): boolean {
  return 'hidden' in content && content.hidden === true
}
