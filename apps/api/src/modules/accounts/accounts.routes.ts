import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import type { Config } from '../../config'
import { signedIn } from '../../plugins/auth'
import { ErrorResponse } from '../../schemas/common'
import { noContent, security } from '../../schemas/routes'
import { UserResponse } from '../users/users.schemas'
import { createAccountLimiters } from './accounts.rate-limits'
import {
  AccountExport,
  ConfirmPasswordResetBody,
  DeleteAccountBody,
  PasswordResetAccepted,
  RequestPasswordResetBody,
  VerifyEmailBody,
} from './accounts.schemas'
import type { AccountsService } from './accounts.service'

const userAgentOf = (request: FastifyRequest) => request.headers['user-agent']?.slice(0, 512) ?? null

const tags = ['User and Authentication']
const ACCEPTED = { message: 'If an account exists for that address, we sent a link to reset its password.' }

export const accountsRoutes: FastifyPluginAsyncTypebox<{
  accounts: AccountsService
  limits: Config['authRateLimit']
}> = async (app, { accounts, limits }) => {
  const limiters = createAccountLimiters(app, limits)
  app.post(
    '/users/password-reset',
    {
      config: { ignoreAccessToken: true },
      preHandler: limiters.passwordReset,
      schema: {
        operationId: 'RequestPasswordReset',
        tags,
        summary: 'Mail a password reset link to the address, if it belongs to an account',
        body: RequestPasswordResetBody,
        response: { 202: PasswordResetAccepted, 422: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      await accounts.requestPasswordReset(request.body.user.email)
      return reply.code(202).send(ACCEPTED)
    },
  )

  app.post(
    '/users/password-reset/confirm',
    {
      config: { ignoreAccessToken: true },
      preHandler: limiters.accountToken,
      schema: {
        operationId: 'ConfirmPasswordReset',
        tags,
        summary: 'Set a new password with a mailed token; signs in and ends every other session',
        body: ConfirmPasswordResetBody,
        response: { 200: UserResponse, 401: ErrorResponse, 422: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request) => ({
      user: await accounts.confirmPasswordReset(
        request.body.token,
        request.body.password,
        userAgentOf(request),
      ),
    }),
  )

  app.post(
    '/users/verify-email',
    {
      preHandler: limiters.accountToken,
      schema: {
        operationId: 'VerifyEmail',
        tags,
        summary: 'Confirm an address with a mailed token; returns the user when signed in',
        body: VerifyEmailBody,
        response: {
          200: UserResponse,
          204: noContent('Verified; the request was not signed in'),
          401: ErrorResponse,
          422: ErrorResponse,
          429: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const user = await accounts.verifyEmail(request.body.token, request.user)
      return user ? { user } : reply.code(204).send(null)
    },
  )

  app.post(
    '/user/verify-email',
    {
      onRequest: app.requireUser,
      schema: {
        operationId: 'ResendEmailVerification',
        tags,
        summary: 'Mail a new verification link to the current address',
        security,
        response: {
          204: noContent('Mail queued, or already verified'),
          401: ErrorResponse,
          429: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      await accounts.resendVerification(signedIn(request).id)
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/user/export',
    {
      onRequest: app.requireUser,
      schema: {
        operationId: 'ExportCurrentUser',
        tags,
        summary: "The current user's data as one JSON document",
        security,
        response: { 200: AccountExport, 401: ErrorResponse },
      },
    },
    async (request, reply) => {
      const data = await accounts.exportData(signedIn(request).id)
      reply.header('content-disposition', 'attachment; filename="conduit-export.json"')
      return data
    },
  )

  app.delete(
    '/user',
    {
      onRequest: app.requireUser,
      schema: {
        operationId: 'DeleteCurrentUser',
        tags,
        summary: 'Delete the account with its articles, comments, favorites, follows and sessions',
        security,
        body: DeleteAccountBody,
        response: { 204: noContent('Deleted'), 401: ErrorResponse, 403: ErrorResponse, 422: ErrorResponse },
      },
    },
    async (request, reply) => {
      await accounts.deleteAccount(signedIn(request).id, request.body.user.password)
      return reply.code(204).send(null)
    },
  )
}
