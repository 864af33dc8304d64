import js from "@eslint/js"
import reactHooks from "eslint-plugin-react-hooks"
import globals from "globals"
import tseslint from "typescript-eslint"

export default tseslint.config(
  { ignores: ["build/**", ".plasmo/**", "node_modules/**", "test-results/**", "tests/fixtures/**/*.js", ".scratch/**"] },
  js.configs.recommended,
  // The demo meeting page's plain JS runs in the page, not in the extension. (Fixture page
  // scripts under tests/fixtures share globals across files, like the pages they imitate.)
  { files: ["src/demo/**/*.js"], languageOptions: { globals: globals.browser } },
  ...tseslint.configs.strict,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
)
