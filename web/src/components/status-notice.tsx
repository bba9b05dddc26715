/** A live region that is always in the page, so screen readers announce the message when it appears. */
export function StatusNotice({ message }: { message: string }) {
  return (
    <p role="status" className={message ? 'alert alert-ok' : 'visually-hidden'}>
      {message}
    </p>
  );
}
