/** Fixed-width ISO-8601 UTC, so stored timestamps sort as text. */
export const timestamp = (date: Date = new Date()): string => date.toISOString()
