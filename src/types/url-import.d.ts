// Plasmo (Parcel) `url:` imports: the file is emitted into the build as-is and the import is
// its URL inside the extension. Declared here so type checking works before the first build.
declare module "url:*" {
  const url: string
  export default url
}
