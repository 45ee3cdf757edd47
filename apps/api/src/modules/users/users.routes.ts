import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import type { Config } from '../../config'
import { signedIn } from '../../plugins/auth'
import { byToken } from '../../plugins/page-cache'
import { ErrorResponse } from '../../schemas/common'
import { noContent, security } from '../../schemas/routes'
import type { SessionsService } from '../auth/sessions.service'
import { createSignInLimiters } from './users.rate-limits'
import {
  LoginBody,
  RefreshBody,
  RegisterBody,
  SuspendedResponse,
  UpdateUserBody,
  UserResponse,
} from './users.schemas'
import type { UsersService } from './users.service'

const userAgentOf = (request: FastifyRequest) => request.headers['user-agent']?.slice(0, 512) ?? null

const tags = ['User and Authentication']

export const usersRoutes: FastifyPluginAsyncTypebox<{
  users: UsersService
  sessions: SessionsService
  signInLimits: Config['authRateLimit']
}> = async (app, { users, sessions, signInLimits }) => {
  const limiters = createSignInLimiters(app, signInLimits)
  app.post(
    '/users',
    {
      config: { ignoreAccessToken: true },
      preHandler: limiters.register,
      schema: {
        operationId: 'CreateUser',
        tags,
        summary: 'Register a new user',
        body: RegisterBody,
        response: { 201: UserResponse, 422: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      reply.code(201)
      return { user: await users.register(request.body.user, userAgentOf(request)) }
    },
  )

  app.post(
    '/users/login',
    {
      config: { ignoreAccessToken: true },
      preHandler: limiters.login,
      schema: {
        operationId: 'Login',
        tags,
        summary: 'Existing user login',
        body: LoginBody,
        response: {
          200: UserResponse,
          401: ErrorResponse,
          403: SuspendedResponse,
          422: ErrorResponse,
          429: ErrorResponse,
        },
      },
    },
    async (request) => ({ user: await users.login(request.body.user, userAgentOf(request)) }),
  )

  app.post(
    '/users/refresh',
    {
      config: { ignoreAccessToken: true },
      preHandler: limiters.refresh,
      schema: {
        operationId: 'RefreshToken',
        tags,
        summary: 'Exchange a refresh token for a new access token and refresh token',
        body: RefreshBody,
        response: { 200: UserResponse, 401: ErrorResponse, 403: SuspendedResponse, 422: ErrorResponse },
      },
    },
    async (request) => ({ user: await users.refresh(request.body.refreshToken) }),
  )

  app.post(
    '/users/logout',
    {
      config: { ignoreAccessToken: true },
      schema: {
        operationId: 'Logout',
        tags,
        summary: 'Revoke the session a refresh token belongs to',
        body: RefreshBody,
        response: { 204: noContent('Signed out'), 422: ErrorResponse },
      },
    },
    async (request, reply) => {
      await sessions.logout(request.body.refreshToken)
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/user',
    {
      onRequest: app.requireUser,
      // Keyed by the token, which the answer carries; the auth hook has checked it before any hit.
      config: { pageKey: byToken },
      schema: {
        operationId: 'GetCurrentUser',
        tags,
        summary: 'Get current user',
        security,
        response: { 200: UserResponse, 401: ErrorResponse, 422: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { id, token } = signedIn(request)
      return reply.sendPage(async () => ({
        value: { user: await users.current(id, token) },
        shows: { accountId: id },
      }))
    },
  )

  app.put(
    '/user',
    {
      onRequest: app.requireUser,
      preHandler: app.requireActiveUser,
      schema: {
        operationId: 'UpdateCurrentUser',
        tags,
        summary: 'Update current user',
        security,
        body: UpdateUserBody,
        response: { 200: UserResponse, 401: ErrorResponse, 403: ErrorResponse, 422: ErrorResponse },
      },
    },
    async (request) => {
      const { id, sessionId, token } = signedIn(request)
      return { user: await users.update(id, sessionId, token, request.body.user) }
    },
  )
}
