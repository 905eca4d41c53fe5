// esbuild entry: the client's Rendered class. It is not in the package's
// "exports", so it is imported by file path.
export { default } from "../../node_modules/phoenix_live_view/assets/js/phoenix_live_view/rendered.js";
