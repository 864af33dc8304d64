/**
 * Runs once after the e2e project (register it in vitest.config.ts next to
 * e2e-global-setup.ts): renders the figures the tests recorded (tests/reports/figures.json)
 * into the README's "Reliability and privacy" section, and the package figures
 * (tests/reports/budgets.json) into its "Publishing" section.
 */
import { writeBudgetReport } from "../../src/tools/budget-report"
import { writeReliabilityReport } from "../../src/tools/reliability-report"

export function teardown(): void {
  try {
    if (writeReliabilityReport())
      console.log("README.md: reliability figures updated from tests/reports/figures.json")
  } catch (error) {
    // A README without the markers must not fail the test run; say what is wrong instead.
    console.warn(`reliability report not written: ${error instanceof Error ? error.message : String(error)}`)
  }
  try {
    if (writeBudgetReport()) console.log("README.md: package budgets updated from tests/reports/budgets.json")
  } catch (error) {
    console.warn(`budget report not written: ${error instanceof Error ? error.message : String(error)}`)
  }
}
