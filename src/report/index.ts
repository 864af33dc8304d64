/** Post-call reports: Markdown for export, plain text for the terminal. */
export { renderMarkdown } from "./markdown"
export { renderTextReport } from "./text"
export { escapeMarkdown, toSafeLine } from "./escape"
export { buildReportModel, type ReportModel, type ReportOptions } from "./model"
