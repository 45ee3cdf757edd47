/** Demo content for a fresh install: enough to show every page of the app with something real on it. */
export const DEMO_PASSWORD = 'conduit-demo'

export const demoUsers = [
  { username: 'ada', email: 'ada@conduit.example', bio: 'Writes about engines, analytical and otherwise.' },
  {
    username: 'grace',
    email: 'grace@conduit.example',
    bio: 'Compilers, COBOL and the occasional nanosecond.',
  },
  { username: 'linus', email: 'linus@conduit.example', bio: 'Kernels, version control, strong opinions.' },
  {
    username: 'margaret',
    email: 'margaret@conduit.example',
    bio: 'Software engineering, before it had a name.',
  },
] as const

type DemoArticle = { author: string; title: string; description: string; tags: string[]; body: string }

export const demoArticles: DemoArticle[] = [
  {
    author: 'ada',
    title: 'Notes on the Analytical Engine',
    description: 'What a machine that weaves algebra could do',
    tags: ['history', 'computing'],
    body: `## The loom and the engine

The engine *weaves algebraic patterns* just as the Jacquard loom weaves flowers and leaves.

- It can act on things other than number
- Its operations are **general**, not arithmetic alone

> The engine has no pretensions whatever to originate anything.

See [the translator's notes](https://en.wikipedia.org/wiki/Note_G) for the famous *Note G*.`,
  },
  {
    author: 'grace',
    title: 'A nanosecond is a foot of wire',
    description: 'Making time visible to people who sign budgets',
    tags: ['computing', 'performance'],
    body: `Light travels about **30 cm** in a nanosecond. When someone asks why satellite links are slow:

1. Hand them a piece of wire 30 cm long.
2. Explain that a microsecond is a coil of 300 m.

\`\`\`text
latency = distance / speed_of_light
\`\`\`

It is easier to ask forgiveness than it is to get permission.`,
  },
  {
    author: 'linus',
    title: 'Why we review patches in plain text',
    description: 'Email, diffs and the value of boring tools',
    tags: ['open-source', 'tooling'],
    body: `Review happens where the *code* is, not where the tool is.

| Tool | Needs a browser | Works offline |
| --- | --- | --- |
| email | no | yes |
| web UI | yes | no |

Talk is cheap. Show me the code.`,
  },
  {
    author: 'margaret',
    title: 'Software engineering is engineering',
    description: 'Lessons from writing code that had to land on the Moon',
    tags: ['history', 'engineering'],
    body: `When the alarm codes **1201** and **1202** appeared, the software did what it was designed to do:
drop lower-priority work and keep flying.

- Plan for the error you cannot reproduce
- Make priorities explicit in the design

There was no second chance, so we tested everything we could imagine.`,
  },
  {
    author: 'ada',
    title: 'Poetical science',
    description: 'Imagination as a discipline',
    tags: ['computing', 'essays'],
    body: `Imagination is the **discovering faculty**, pre-eminently.

It is that which penetrates into the unseen worlds around us, the worlds of *science*.`,
  },
]

export const demoFollows: [string, string][] = [
  ['ada', 'grace'],
  ['grace', 'margaret'],
  ['linus', 'ada'],
  ['margaret', 'ada'],
  ['margaret', 'linus'],
]

export const demoFavorites: [string, string][] = [
  ['grace', 'Notes on the Analytical Engine'],
  ['linus', 'Notes on the Analytical Engine'],
  ['ada', 'A nanosecond is a foot of wire'],
  ['margaret', 'Why we review patches in plain text'],
]

export const demoComments: [string, string, string][] = [
  ['grace', 'Notes on the Analytical Engine', 'Note G still reads like a program listing. Lovely.'],
  ['margaret', 'Notes on the Analytical Engine', 'The part about weaving patterns is my favourite.'],
  ['ada', 'Software engineering is engineering', 'Priorities in the design: exactly right.'],
]
