import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { signedIn, viewerId } from '../../plugins/auth'
import { byViewer } from '../../plugins/page-cache'
import { ErrorResponse } from '../../schemas/common'
import { security } from '../../schemas/routes'
import { ProfileResponse, UsernameParams } from './profiles.schemas'
import type { ProfilesService } from './profiles.service'

const tags = ['Profile']
const errors = { 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 422: ErrorResponse }

export const profilesRoutes: FastifyPluginAsyncTypebox<{ profiles: ProfilesService }> = async (
  app,
  { profiles },
) => {
  app.get(
    '/profiles/:username',
    {
      config: { pageKey: byViewer },
      schema: {
        operationId: 'GetProfileByUsername',
        tags,
        summary: 'Get a profile',
        params: UsernameParams,
        response: { 200: ProfileResponse, ...errors },
      },
    },
    async (request, reply) => {
      const { username } = request.params
      const viewer = viewerId(request)
      return reply.sendPage(async () => {
        const { profile, accountId } = await profiles.read(username, viewer)
        return { value: { profile }, shows: { accountId } }
      })
    },
  )

  app.post(
    '/profiles/:username/follow',
    {
      onRequest: app.requireUser,
      preHandler: app.requireActiveUser,
      schema: {
        operationId: 'FollowUserByUsername',
        tags,
        summary: 'Follow a user',
        security,
        params: UsernameParams,
        response: { 200: ProfileResponse, ...errors },
      },
    },
    async (request) => ({ profile: await profiles.follow(request.params.username, signedIn(request).id) }),
  )

  app.delete(
    '/profiles/:username/follow',
    {
      onRequest: app.requireUser,
      preHandler: app.requireActiveUser,
      schema: {
        operationId: 'UnfollowUserByUsername',
        tags,
        summary: 'Unfollow a user',
        security,
        params: UsernameParams,
        response: { 200: ProfileResponse, ...errors },
      },
    },
    async (request) => ({ profile: await profiles.unfollow(request.params.username, signedIn(request).id) }),
  )
}
