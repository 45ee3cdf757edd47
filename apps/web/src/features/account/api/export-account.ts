import { useMutation } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'

/** Fetches the export (it needs the access token, so not a plain link) and hands it to the browser as a file. */
export function useDownloadAccountData() {
  return useMutation({
    mutationFn: async () => {
      const data = await unwrap(api.GET('/user/export'))
      const file = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })
      const url = URL.createObjectURL(file)
      const link = document.createElement('a')
      link.href = url
      link.download = `conduit-${data.profile.username}.json`
      link.click()
      setTimeout(() => URL.revokeObjectURL(url), 0)
    },
  })
}
