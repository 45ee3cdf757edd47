import { useRef, useState } from 'react'

type ConfirmButtonProps = {
  /** The button's text ("Hide"); `target` completes its accessible name ("Hide article “x”"). */
  label: string
  target: string
  /** The question asked before acting ("Hide this article from everyone but its author?"). */
  question: string
  confirmLabel: string
  isPending: boolean
  danger?: boolean
  onConfirm: () => void
}

/** Stable across renders, so React focuses the element once, when it appears. */
function focusOnMount(element: HTMLElement | null) {
  element?.focus()
}

/** A moderation action asks once more before it runs; Cancel takes the focus so Enter is safe. */
export function ConfirmButton(props: ConfirmButtonProps) {
  const { label, target, question, confirmLabel, isPending, danger = false, onConfirm } = props
  const [isConfirming, setIsConfirming] = useState(false)
  // Cancel gives the focus back to the button that asked, so keyboard users keep their place.
  const refocus = useRef(false)
  const style = danger ? 'button-danger-outline' : 'button-outline'
  if (!isConfirming)
    return (
      <button
        type="button"
        className={`button ${style} button-small`}
        ref={(element) => {
          if (element && refocus.current) element.focus()
          refocus.current = false
        }}
        onClick={() => setIsConfirming(true)}
      >
        {label}
        <span className="visually-hidden"> {target}</span>
      </button>
    )
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of buttons, not a form's fieldset
    <span className="confirm" role="group" aria-label={question}>
      <span>{question}</span>
      <button
        type="button"
        className={`button ${style} button-small`}
        disabled={isPending}
        onClick={() => {
          onConfirm()
          setIsConfirming(false)
        }}
      >
        {confirmLabel}
      </button>
      <button
        type="button"
        className="button button-outline button-small"
        ref={focusOnMount}
        onClick={() => {
          refocus.current = true
          setIsConfirming(false)
        }}
      >
        Cancel
      </button>
    </span>
  )
}
