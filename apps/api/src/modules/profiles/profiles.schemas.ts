import { Type } from 'typebox'
import { ProfileSchema } from '../../schemas/common'

export const ProfileResponse = Type.Object({ profile: ProfileSchema })
export const UsernameParams = Type.Object({ username: Type.String({ minLength: 1, maxLength: 100 }) })
