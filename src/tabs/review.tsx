// Plasmo tabs page (tabs/review.html): review recorded calls and rehearse; the UI lives in src/ui/review/.
import "../ui/theme.css"
import { extensionReviewEnv } from "../ui/review/extension-env"
import { ReviewPage } from "../ui/review/ReviewPage"

document.title = "Review and rehearse · One-Up Coach"

export default function ReviewTab() {
  return <ReviewPage env={extensionReviewEnv} />
}
