import { useDownloadAccountData } from '../api/export-account'

export function DownloadDataButton() {
  const download = useDownloadAccountData()
  return (
    <>
      <p>One JSON file with your profile, articles, comments, favorites and the people you follow.</p>
      <button
        type="button"
        className="button button-outline"
        disabled={download.isPending}
        onClick={() => download.mutate()}
      >
        {download.isPending ? 'Preparing…' : 'Download my data'}
      </button>
      {download.error ? <p role="alert">{download.error.message}</p> : null}
    </>
  )
}
