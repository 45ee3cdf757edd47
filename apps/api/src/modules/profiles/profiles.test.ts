import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../../../test/build-test-app'
import { auth, registerUser } from '../../../test/factories'

let app: TestApp
beforeAll(async () => {
  app = await buildTestApp()
})
afterAll(() => app.close())

describe('profiles', () => {
  it('shows a profile anonymously with following false', async () => {
    const user = await registerUser(app)
    const response = await app.inject({ url: `/api/profiles/${user.username}` })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({
      profile: { username: user.username, bio: '', image: null, following: false },
    })
  })

  it('follows and unfollows, as seen by the follower only', async () => {
    const [fan, star] = [await registerUser(app), await registerUser(app)]
    const url = `/api/profiles/${star.username}/follow`
    const followed = await app.inject({ method: 'POST', url, headers: auth(fan.token) })
    expect(followed.statusCode).toBe(200)
    expect(followed.json().profile).toMatchObject({ username: star.username, following: true })
    expect((await app.inject({ method: 'POST', url, headers: auth(fan.token) })).statusCode).toBe(200)
    expect(
      (await app.inject({ url: `/api/profiles/${star.username}`, headers: auth(fan.token) })).json().profile
        .following,
    ).toBe(true)
    expect(
      (await app.inject({ url: `/api/profiles/${star.username}`, headers: auth(star.token) })).json().profile
        .following,
    ).toBe(false)
    const unfollowed = await app.inject({ method: 'DELETE', url, headers: auth(fan.token) })
    expect(unfollowed.json().profile.following).toBe(false)
  })

  it('returns 404 for an unknown user, 401 anonymously, 422 for following yourself', async () => {
    const user = await registerUser(app)
    expect((await app.inject({ url: '/api/profiles/nobody-here' })).statusCode).toBe(404)
    expect(
      (await app.inject({ method: 'POST', url: `/api/profiles/${user.username}/follow` })).statusCode,
    ).toBe(401)
    const self = await app.inject({
      method: 'POST',
      url: `/api/profiles/${user.username}/follow`,
      headers: auth(user.token),
    })
    expect(self.statusCode).toBe(422)
    expect(self.json().errors).toHaveProperty('username')
  })

  it('finds usernames with unicode and SQL metacharacters literally', async () => {
    const user = await registerUser(app, { username: 'jürgen.o-neil_1' })
    expect((await app.inject({ url: `/api/profiles/${encodeURIComponent(user.username)}` })).statusCode).toBe(
      200,
    )
    expect(
      (await app.inject({ url: `/api/profiles/${encodeURIComponent("x' OR '1'='1")}` })).statusCode,
    ).toBe(404)
  })
})
