import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { isApiError } from '../../../lib/api-error'
import { type ReportInput, type ReportSubject, useCreateReport } from '../api/create-report'
import type { ReportReason } from '../api/moderation-types'
import './moderation.css'

export const REPORT_REASONS: { value: ReportReason; label: string }[] = [
  { value: 'spam', label: 'Spam' },
  { value: 'harassment', label: 'Harassment' },
  { value: 'illegal', label: 'Illegal content' },
  { value: 'other', label: 'Something else' },
]
const MAX_NOTE_LENGTH = 1000

type ReportButtonProps = {
  subject: ReportSubject
  /** What is reported, for the button's accessible name and the dialog's title ("comment by bob"). */
  description: string
}

/** "Report" opens a modal dialog asking why; the API keeps one open report per reporter and target. */
export function ReportButton({ subject, description }: ReportButtonProps) {
  const [isOpen, setIsOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  function close() {
    setIsOpen(false)
    buttonRef.current?.focus()
  }
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button button-outline button-small"
        onClick={() => setIsOpen(true)}
      >
        Report<span className="visually-hidden"> {description}</span>
      </button>
      {isOpen ? <ReportDialog subject={subject} description={description} onClose={close} /> : null}
    </>
  )
}

function ReportDialog({ subject, description, onClose }: ReportButtonProps & { onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const noteId = useId()
  const [reason, setReason] = useState<ReportReason | null>(null)
  const [note, setNote] = useState('')
  const [missingReason, setMissingReason] = useState(false)
  const report = useCreateReport(subject)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!reason) {
      setMissingReason(true)
      return
    }
    const input: ReportInput = { reason, note }
    report.mutate(input)
  }

  return (
    <dialog
      ref={dialogRef}
      className="report-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id={titleId}>Report {description}</h2>
      {report.isSuccess ? (
        <>
          <p className="form-success" role="status">
            Thank you. Your report was sent and a moderator will look at it.
          </p>
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate>
          {report.error ? (
            <p className="form-errors" role="alert">
              {reportErrorMessage(report.error)}
            </p>
          ) : null}
          <fieldset disabled={report.isPending}>
            <fieldset
              className="report-reasons"
              aria-describedby={missingReason ? `${titleId}-reason` : undefined}
            >
              <legend>Reason</legend>
              {REPORT_REASONS.map((option) => (
                <label key={option.value} className="radio">
                  <input
                    type="radio"
                    name="reason"
                    value={option.value}
                    checked={reason === option.value}
                    onChange={() => {
                      setReason(option.value)
                      setMissingReason(false)
                    }}
                  />
                  {option.label}
                </label>
              ))}
              {missingReason ? (
                <p className="field-errors" id={`${titleId}-reason`} role="alert">
                  Choose a reason.
                </p>
              ) : null}
            </fieldset>
            <div className="field">
              <label htmlFor={noteId}>Note (optional)</label>
              <textarea
                id={noteId}
                rows={3}
                maxLength={MAX_NOTE_LENGTH}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
            </div>
            <div className="form-actions">
              <button type="button" className="button button-outline" onClick={onClose}>
                Cancel
              </button>
              <button type="submit" className="button button-primary">
                {report.isPending ? 'Sending…' : 'Send report'}
              </button>
            </div>
          </fieldset>
        </form>
      )}
    </dialog>
  )
}

function reportErrorMessage(error: Error): string {
  if (isApiError(error, 429)) return 'You have sent many reports recently. Please try again later.'
  if (isApiError(error, 404)) return 'This no longer exists, so it cannot be reported.'
  return error.message
}
