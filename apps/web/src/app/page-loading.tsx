import { LoadingState } from '../components/status'

export function PageLoading() {
  return (
    <div className="container page">
      <LoadingState />
    </div>
  )
}
