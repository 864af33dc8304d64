/**
 * Shown instead of the coach while no speaker of the call is known as the seller: with nobody to
 * judge, the coach would nudge on nothing, so the panel asks who the user is.
 */
export function SellerNotice() {
  return (
    <p className="seller-notice" data-testid="seller-unknown" role="status">
      <strong>Which speaker are you?</strong> None of the speakers so far is recognised as you, so there is
      nothing to coach yet. Press <em>This is me</em> on one of your own lines: it holds for the rest of the
      call and is remembered for this meeting app. You can also add the name you use in meetings on the
      Options page.
    </p>
  )
}
