import { type Static, Type } from 'typebox'
import { NullableString } from '../../schemas/common'

export const SessionSchema = Type.Object({
  id: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  lastUsedAt: Type.String({ format: 'date-time' }),
  userAgent: NullableString(),
  current: Type.Boolean({ description: 'The session this request was made from' }),
})

export const SessionsResponse = Type.Object({ sessions: Type.Array(SessionSchema) })

export const SessionParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) })

export type Session = Static<typeof SessionSchema>
